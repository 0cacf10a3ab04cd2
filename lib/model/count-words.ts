// Counts in messages: "1 clip", "2 clips", never "1 clips".
import type { DocumentInfo, JudgementMention } from './findings';
import { firstMentions } from './first-mentions';

/** `n` with the word in the number that agrees with it: count(1, 'clip') → "1 clip";
 * count(2, 'clip') → "2 clips"; count(3, 'body', 'bodies') → "3 bodies". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** What a stored report holds, as the panel lists it: each judgement once (a report restates its
 * grades in headings, tables and prose), earlier inspections' apart, then the recommendations.
 * e.g. "4 judgements (and 3 of earlier inspections), 7 recommendations". */
export function findingCounts(report: {
  judgements: JudgementMention[];
  recommendations: readonly unknown[];
  document?: Pick<DocumentInfo, 'framework' | 'discusses'>;
}): string {
  const firsts = firstMentions(report.judgements, report.document);
  const earlier = firsts.filter(({ j }) => j.inspection).length;
  const older = earlier ? ` (and ${count(earlier, 'of an earlier inspection', 'of earlier inspections')})` : '';
  return `${count(firsts.length - earlier, 'judgement')}${older}, ${count(report.recommendations.length, 'recommendation')}`;
}
