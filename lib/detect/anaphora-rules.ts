// A grade carried over from the sentence before: "The council was given the lowest rank of “inadequate”
// in 19 areas. Overall effectiveness of safeguarding, case planning and … were all given this ranking."
// Read only outside Ofsted's own reports.
import { AREA_WORDS, areaKeyOf } from './areas';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { rule } from './news-shared';
import { sentenceAround } from './text-util';

/** "… were all given this ranking": the grade is the one the sentence before names (not a grade word: a plain scan). */
const THIS_RANKING =
  /\b(?:were|was)\s{1,20}(?:all\s{1,20}|also\s{1,20})?(?:given|awarded|handed)\s{1,20}(?:this|that|the\s{1,20}same)\s{1,20}(?:rank|ranking|rating|grade|judge?ment)\b/gi;
const LAST_GRADE = new RegExp(`^[^]*["'‘“](${GRADE_SOURCE})["'’”]`, 'i');

/** The areas before "were all given this ranking", with the quoted grade of the 300 characters before their sentence. */
function findThisRanking(text: string): RawJudgement[] {
  return [...text.matchAll(THIS_RANKING)].flatMap((m) => {
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    const area = text.slice(sentence.start, m.index).replace(/\s+/g, ' ').trim();
    const grade = LAST_GRADE.exec(text.slice(Math.max(0, sentence.start - 300), sentence.start))?.[1];
    if (!grade || !AREA_WORDS.test(area) || area.length > 240) return [];
    const end = m.index + m[0].length;
    return [
      {
        ruleId: 'this-ranking',
        area,
        areaKey: areaKeyOf(area),
        grade: normaliseGrade(grade),
        start: sentence.start,
        end,
        prose: true,
      },
    ];
  });
}

export const anaphoraRules: JudgementRule[] = [
  rule('this-ranking', '"X, Y and Z were all given this ranking": the grade of the sentence before', findThisRanking, {
    match: ['It was rated “inadequate” in ten areas. Overall effectiveness and case planning were all given this ranking.'],
    miss: ['The cafe was rated “good”. The cakes were all given this ranking.'],
  }),
];
