// "Blackpool's children's social services have been rated ‘inadequate’ for the second time in six
// years", "for the second year in a row", "For the second inspection in a row (the previous being in
// 2018), Anyshire was judged as ‘outstanding’": a grade given again says the earlier inspection had the
// same grade. Papers and news only: the phrase is a mention of that earlier inspection's grade (area and
// grade of the mention in its sentence, inspection "previous"; dated by the shared dating rules).
import type { RawJudgement } from './judgement-rules';
import { sentenceAround } from './text-util';

const ORDINAL = '(?:second|third|fourth|fifth|2nd|3rd|4th)';
const REPEAT = new RegExp(
  `\\bfor\\s+(?:the|a)\\s+${ORDINAL}\\s+(?:(?:consecutive|successive|straight)\\s+)?(?:time|year|inspection|occasion)(?:\\s+(?:in\\s+a\\s+row|running|in\\s+(?:\\w+|\\d+)\\s+years|since\\s+(?:19|20)\\d\\d))?`,
  'gi',
);

/** The earlier-inspection mentions a current mention's "for the second time" gives (at most one per phrase). */
export function repeatedGrades(text: string, raw: RawJudgement[]): RawJudgement[] {
  const out: RawJudgement[] = [];
  const taken = new Set<number>();
  for (const j of raw) {
    if (!j.prose || j.inspection || j.dated || j.allAreas) continue;
    const sentence = sentenceAround(text, j.start, j.end);
    // A phrase within 120 characters of the mention, in its sentence.
    const from = Math.max(sentence.start, j.start - 120);
    const to = Math.min(sentence.end, j.end + 120);
    for (const m of text.slice(from, to).matchAll(REPEAT)) {
      const start = from + m.index;
      if (taken.has(start) || (start < j.end && start + m[0].length > j.start)) continue;
      taken.add(start);
      out.push({ ...j, start, end: start + m[0].length, inspection: 'previous', gradeAt: undefined });
    }
  }
  return out;
}
