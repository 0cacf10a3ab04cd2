// An earlier grade given again at a later inspection, the grade left unsaid: "first judged them
// ‘inadequate’ in 2013, then again in 2015", "rated inadequate in 2016 and once more in 2018".
// Each repeat is a mention of its own, with the grade and area of the dated mention before it.
// Source: news items and papers retelling an authority's inspection history (2015–25).
import type { JudgementMention } from '../model/findings';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const AGAIN = new RegExp(
  `^\\s*,?\\s+((?:and\\s+|then\\s+){1,2}(?:again|once\\s+more)\\s+in\\s+((?:${MONTH}\\s+)?(?:19|20)\\d\\d))\\b`,
  'i',
);
const DATED = /^(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d$/;

/**
 * For each mention dated by a year or month and year, a repeat of its grade at a later date when
 * the words right after the date say so ("…, then again in 2015"). The date must follow the
 * mention within 60 characters. O(mentions).
 */
export function repeatedDates(text: string, mentions: JudgementMention[]): JudgementMention[] {
  const out: JudgementMention[] = [];
  for (const m of mentions) {
    if (!m.inspection || !DATED.test(m.inspection)) continue;
    const near = text.slice(m.end, m.end + 60 + m.inspection.length);
    const at = near.indexOf(m.inspection);
    if (at < 0 || /[.;!?\n]/.test(near.slice(0, at))) continue;
    const from = m.end + at + m.inspection.length;
    const again = AGAIN.exec(text.slice(from, from + 60));
    if (!again) continue;
    const start = from + again[0].length - again[1]!.length;
    out.push({ ...m, ruleId: 'dated-again', inspection: again[2]!.replace(/\s+/g, ' '), quote: again[1]!, start, end: start + again[1]!.length });
  }
  return out;
}
