// A report restates its grades in headings, tables and prose: each area's grade once, at its first mention.
import type { DocumentInfo, JudgementMention } from './findings';
import { slacSections, type SlacSection } from './slac-sections';

/**
 * The judgements with repeats of the same inspection, area and grade left out, keeping their indexes
 * and, for a SLAC report or a paper about one, each judgement's section (a SLAC report grades the
 * same areas once for safeguarding and once for looked after children: those are not repeats).
 */
export function firstMentions(
  judgements: JudgementMention[],
  doc: Pick<DocumentInfo, 'framework' | 'discusses'> = { framework: null },
): Array<{ j: JudgementMention; i: number; section: SlacSection | null }> {
  const sections = slacSections(judgements, doc);
  const seen = new Set<string>();
  return judgements
    .map((j, i) => ({ j, i, section: sections[i] ?? null }))
    .filter(({ j, section }) => {
      const key = `${j.inspection}|${section}|${j.areaKey === 'other' ? j.area.toLowerCase() : j.areaKey}|${j.grade}`;
      return !seen.has(key) && !!seen.add(key);
    });
}
