// A grade given "for the second time in a row" (or one that "remained the same as at the last report") restates an earlier inspection's grade: the same
// area and grade, "previous" (or the date an aside gives: "(the previous being in 2018)"). Each
// current mention so worded gets an earlier mention on the phrase. Source: news items and council
// pages on a repeated grade ("rated inadequate for the second time in six years", "outstanding for
// the second inspection in a row"), 2015–25.
import type { JudgementMention } from '../model/findings';
import { datesIn } from './text-util';

const ORDINAL = '(?:second|third|fourth|fifth)';
const REPEAT = `\\bfor\\s+(?:the\\s+)?${ORDINAL}\\s+(?:consecutive\\s+|successive\\s+|straight\\s+)?(?:time|inspection|year)s?(?:\\s+(?:in\\s+a\\s+row|running|in\\s+succession|in\\s+(?:\\w+\\s+)?(?:years|inspections)))?(?:\\s*\\((?:the\\s+)?(?:previous|last|prior)\\b[^()]{0,60}\\))?`;
// "(the overall level of ‘Good’) remained the same as at the last report in 2018": the earlier grade was the same.
const SAME_AS_LAST =
  '(?:remained|remains|stayed|stays|is|was)\\s+the\\s+same\\s+as\\s+(?:at|in)\\s+(?:the\\s+|its\\s+)?(?:last|previous)\\s+(?:\\w+\\s+)?(?:report|inspection)(?:\\s+in\\s+(?:[A-Z][a-z]+\\s+)?(?:19|20)\\d\\d)?';
// The phrase right after the mention's grade (its clause), or opening the mention's sentence.
const AFTER = new RegExp(
  `^["'’”]?(?:\\s+(?:overall|again|by\\s+(?:Ofsted|the\\s+inspectorate)(?:\\s+inspectors)?))?(?:,?\\s+which)?\\s+(${REPEAT}|${SAME_AS_LAST})`,
  'i',
);
const OPENING = new RegExp(`(?:^|[.!?]["'’”]?\\s+|\\n)(${REPEAT}),?\\s+[^.!?\\n]{0,160}$`, 'i');

/** Where the repeat phrase of a mention is, or null. Reads 120 characters after it and 240 before. O(1). */
function repeatPhrase(text: string, m: JudgementMention): { start: number; end: number } | null {
  const after = AFTER.exec(text.slice(m.end, m.end + 120));
  if (after) {
    const start = m.end + after[0].length - after[1]!.length;
    return { start, end: start + after[1]!.length };
  }
  const from = Math.max(0, m.start - 240);
  const opening = OPENING.exec(text.slice(from, m.start));
  if (!opening) return null;
  const start = from + opening.index + opening[0].indexOf(opening[1]!);
  return { start, end: start + opening[1]!.length };
}

/** An earlier mention for each current one whose grade is given again "for the second time". O(mentions). */
export function repeatedGrades(text: string, mentions: JudgementMention[]): JudgementMention[] {
  const out: JudgementMention[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.inspection !== null) continue;
    const at = repeatPhrase(text, m);
    const key = at && `${at.start}:${m.areaKey}`;
    if (!at || seen.has(key!)) continue;
    seen.add(key!);
    const quote = text.slice(at.start, at.end);
    const inspection = datesIn(quote)[0] ?? 'previous';
    out.push({ ...m, ruleId: 'repeated-grade', inspection, quote, start: at.start, end: at.end });
  }
  return out;
}
