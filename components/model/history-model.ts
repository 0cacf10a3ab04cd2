// The view's reading of lib/compare's inspection history: inspections newest first, labelled as
// councillors name them ("Jan 2023"), and one block per area with each grade's move in words.
import type { AreaMove, InspectionEvent, InspectionHistory } from '../../lib/compare/inspection-types';
import { isVisitEvent } from '../../lib/compare/visit-events';
import { kindLabel } from '../../lib/model/kind-label';

export interface InspectionColumn {
  /** the inspection event's id ("SIF-2016-01") */
  key: string;
  /** "Nov 2022": the month the inspection ended by its own dates, else its publication month */
  label: string;
  /** "inspected 14 to 25 November 2022", or null when no dates are known */
  dates: string | null;
  framework: string;
  /** only known from later documents, named in `reportedBy` */
  reported: boolean;
  reportedBy: string[];
  /** time on the chart axis, in years (2023.0 is January 2023); null when no date is known, so the
   * inspection is left off the axis rather than placed at a made-up year */
  time: number | null;
  /** a visit between inspections (no grades): its kind in words, theme and recommendations; else null */
  visit: { kind: string; theme: string | null; recommendations: string[] } | null;
}

export interface AreaEntry {
  column: InspectionColumn;
  grade: string;
  rank: number;
  /** "down from good (2018)", "same as good (2018)", or null for the first grade of the area */
  move: string | null;
  moveKind: 'up' | 'down' | 'same' | null;
  /** "reported by <title>" for a grade a later document states */
  reportedBy: string | null;
  /** "<title> says good" for each stored document that gives this inspection's area another grade */
  disputed: string[];
}

export interface AreaBlock {
  key: string;
  label: string;
  /** newest first */
  entries: AreaEntry[];
}

const PUBLISHED = /^(\d{4})-(\d{2})/;

function timeOf(e: InspectionEvent): number | null {
  const m = PUBLISHED.exec(e.publicationDate ?? '');
  if (m) return Number(m[1]) + (Number(m[2]) - 1) / 12;
  const year = /\d{4}/.exec(e.label)?.[0];
  return e.span ? e.span.to / 12 : year ? Number(year) : null;
}

/** The columns of a history, oldest first (as the history has them). */
export function columnsOf(history: InspectionHistory): InspectionColumn[] {
  return history.inspections.map((e) => ({
    key: e.id,
    label: e.label,
    dates: e.inspectionDates ? `inspected ${e.inspectionDates}` : null,
    framework: e.framework,
    reported: e.reported,
    reportedBy: e.reportedBy,
    time: timeOf(e),
    visit: isVisitEvent(e)
      ? { kind: kindLabel(e.kind).replace(/ \(no grades\)$/, ''), theme: e.theme ?? null, recommendations: e.recommendations.map((r) => r.quote) }
      : null,
  }));
}

/** One block per area (rows in lib/compare's order), each entry with its move as lib/compare words it. */
export function areaBlocks(moves: AreaMove[], columns: InspectionColumn[]): AreaBlock[] {
  const byId = new Map(columns.map((c) => [c.key, c]));
  const blocks = new Map<string, AreaBlock>();
  for (const m of moves) {
    const block = blocks.get(m.key) ?? { key: m.key, label: m.area, entries: [] };
    const [words] = m.text.split('; reported by ');
    block.entries.unshift({
      column: byId.get(m.inspectionId)!,
      grade: m.grade.grade,
      rank: m.grade.rank,
      move: m.move ? words! : null,
      moveKind: m.move,
      reportedBy: m.grade.reported ? `reported by ${m.grade.reportedBy ?? 'a later document'}` : null,
      disputed: [...new Set(m.disputedBy.map((d) => `${d.source} says ${d.grade}`))],
    });
    blocks.set(m.key, block);
  }
  return [...blocks.values()];
}
