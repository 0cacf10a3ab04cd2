// An earlier grade named as the judgement of a year: "Services for children … in need of help and
// protection have not improved enough from the inadequate judgement of 2015", "since the ‘inadequate’
// rating in 2017". The area is the sentence's subject; without one, the overall grade.
import { SENTENCE_REACH, matchesNearGrades } from './anchor-index';
import { areaKeyOf } from './areas';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { sentenceAround } from './text-util';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const JUDGEMENT_OF_YEAR = new RegExp(
  `\\b(?:from|since|after|following)\\s{1,20}(?:the|its|their)\\s{1,20}["'‘’“”]?(${GRADE_SOURCE})["'‘’“”]?\\s{1,20}(?:judge?ment|rating|grade)\\s{1,20}(?:of|in)\\s{1,20}((?:${MONTH}\\s{1,20})?(?:19|20)\\d\\d)\\b`,
  'gi',
);

// Every match holds "judgement", "judgment", "rating" or "grade" (anchor-index.ts Reach.needs).
const JUDGEMENT_OF_YEAR_REACH = { ...SENTENCE_REACH, needs: ['judg', 'rating', 'grade'] };

function findJudgementOfYear(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, JUDGEMENT_OF_YEAR, JUDGEMENT_OF_YEAR_REACH)) {
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    // The subject proper ends at its first verb ("… protection have not improved enough").
    const subject = text.slice(sentence.start, m.index).split(/\s(?:have|has|had|was|were|is|are)\s/)[0]!;
    const key = areaKeyOf(subject);
    const named = key !== 'other' && key !== 'overall';
    out.push({
      ruleId: 'judgement-of-year',
      area: named ? subject.replace(/\s+/g, ' ').trim() : 'overall',
      areaKey: named ? key : 'overall',
      grade: normaliseGrade(m[1]!),
      // The quote starts at "from": the subject's "have not improved enough" denies progress, not the grade.
      start: m.index,
      end: m.index + m[0].length,
      prose: true,
      inspection: m[2]!.replace(/\s+/g, ' '),
    });
  }
  return out;
}

export const judgementOfDateRules: JudgementRule[] = [
  {
    id: 'judgement-of-year',
    note: 'An earlier grade named as "the inadequate judgement of 2015", dated with that year',
    source: 'SIF re-inspection summaries; council papers and news',
    find: findJudgementOfYear,
    examples: {
      match: [
        'Services for children and families in need of help and protection have not improved enough from the inadequate judgement of 2015.',
        'The council has spent £20 million since the inadequate rating in 2017.',
      ],
      miss: ['The panel moved on from the good judgement of its chair in 2015.'],
    },
  },
];
