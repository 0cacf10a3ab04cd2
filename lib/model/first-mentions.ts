// A report restates its grades in headings, tables and prose: each area's grade once, at its first mention.
import type { JudgementMention } from './findings';

/** The judgements with repeats of the same inspection, area and grade left out, keeping their indexes. */
export function firstMentions(judgements: JudgementMention[]): Array<{ j: JudgementMention; i: number }> {
  const seen = new Set<string>();
  return judgements
    .map((j, i) => ({ j, i }))
    .filter(({ j }) => {
      const key = `${j.inspection}|${j.areaKey === 'other' ? j.area.toLowerCase() : j.areaKey}|${j.grade}`;
      return !seen.has(key) && !!seen.add(key);
    });
}
