// One current grade per area: where the document's own mentions of an area disagree, the summary
// table (the first table row or heading for that area) wins and the disagreement is reported.
import type { JudgementMention } from '../model/findings';

export interface GradeConflict {
  /** area key, or "other: <area>" for areas without a common key */
  area: string;
  /** the grade kept (the summary table's) and the grades dropped, with their quotes */
  kept: string;
  dropped: { grade: string; quote: string; start: number }[];
}

const STRUCTURAL = new Set([
  'table-row',
  'slac-grade-number',
  'grade-line-under-heading',
  'heading-colon-grade',
  'area-line-grade-line',
  'label-line-grade-line',
  'grade-round-label',
]);

const areaOf = (m: JudgementMention) =>
  m.areaKey === 'other' ? `other: ${m.area.toLowerCase().replace(/\s+/g, ' ')}` : m.areaKey;

/** Areas whose current (inspection null) mentions give more than one grade. */
export function findCurrentConflicts(judgements: JudgementMention[]): GradeConflict[] {
  const byArea = new Map<string, JudgementMention[]>();
  for (const m of judgements) {
    if (m.inspection !== null) continue;
    const list = byArea.get(areaOf(m)) ?? [];
    list.push(m);
    byArea.set(areaOf(m), list);
  }
  const out: GradeConflict[] = [];
  for (const [area, list] of byArea) {
    if (new Set(list.map((m) => m.grade)).size < 2) continue;
    const winner = list.find((m) => STRUCTURAL.has(m.ruleId)) ?? list[0]!;
    const dropped = list.filter((m) => m.grade !== winner.grade).map((m) => ({ grade: m.grade, quote: m.quote, start: m.start }));
    out.push({ area, kept: winner.grade, dropped });
  }
  return out;
}

/** Drops the current mentions that disagree with the area's summary-table grade. */
export function keepOneCurrentGrade(judgements: JudgementMention[], conflicts: GradeConflict[]): JudgementMention[] {
  if (conflicts.length === 0) return judgements;
  const kept = new Map(conflicts.map((c) => [c.area, c.kept]));
  return judgements.filter((m) => m.inspection !== null || (kept.get(areaOf(m)) ?? m.grade) === m.grade);
}
