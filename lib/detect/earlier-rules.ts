// Earlier-inspection judgement rules as data: statements of an earlier inspection's grade, each with
// the date the text gives it ("June 2012", "2018") or "previous". Blank handling is one `\s+` between
// words (a sentence may wrap) and never two optional blank-matching parts side by side.
import { LONG_REACH, matchesNearGrades } from './anchor-index';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { combinedGrades, earlierAreasOf } from './earlier-areas';
import { findJudgedThen } from './judged-then';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `((?:${MONTH}\\s+)?(?:19|20)\\d\\d)`;
const BE = '(?:\\s+(?:judged|rated|found|assessed|considered|graded))?(?:\\s+by\\s+Ofsted)?(?:\\s+(?:to\\s+be|as))?';

/** SIF "previous inspections" items: "The previous inspection of X’s <area> was in June 2012. The local authority was judged to be inadequate." */
const PREVIOUS_INSPECTION_OF = new RegExp(
  `\\b(?:previous|last|most\\s+recent)\\s+(?:Ofsted\\s+)?inspection\\s+of\\s+([^.\\t]{3,200}?)\\s+(?:was|took\\s+place)(?:\\s+(?:also|published))?\\s+in\\s+${DATE}` +
    `(?:\\.\\s+The\\s+(?:[Ll]ocal\\s+[Aa]uthority|service[’']?s?|(?:service[’']s\\s+)?overall\\s+quality)\\s+was|\\s+(?:when|and)\\s+(?:the\\s+local\\s+authority|it|they)\\s+(?:was|were))` +
    `${BE}\\s+(?:Grade\\s+[1-4]\\s+\\()?${Q}${G}`,
  'gi',
);

/** The same without "previous": "The inspection of Anyshire’s fostering service was in October 2010. The overall quality was good." */
const INSPECTION_OF_WAS_IN = new RegExp(
  `(?:^|[.•]\\s+)The\\s+inspection\\s+of\\s+([^.\\t]{3,200}?)\\s+was\\s+in\\s+${DATE}\\.\\s+The\\s+(?:[Ll]ocal\\s+[Aa]uthority|overall\\s+quality|service)\\s+was${BE}\\s+${Q}${G}`,
  'gim',
);

/** `needs`: words one of which every match of `re` holds (anchor-index.ts Reach.needs). */
function previousInspectionOf(re: RegExp, id: string, needs: string[]) {
  const reach = { ...LONG_REACH, needs };
  return (text: string): RawJudgement[] => {
    const out: RawJudgement[] = [];
    for (const m of matchesNearGrades(text, re, reach)) {
      const gradeText = m[3]!;
      const start = m.index + m[0].search(/\S/) + (/^[.•]/.test(m[0]) ? m[0].slice(1).search(/\S/) + 1 : 0);
      const gradeEnd = m.index + m[0].length;
      for (const part of combinedGrades(text, gradeEnd, earlierAreasOf(m[1]!), normaliseGrade(gradeText))) {
        out.push({
          ruleId: id,
          area: part.area,
          areaKey: part.key,
          grade: part.grade,
          start,
          end: gradeEnd,
          prose: false,
          inspection: m[2]!.replace(/\s+/g, ' '),
        });
      }
    }
    return out;
  };
}

export const earlierJudgementRules: JudgementRule[] = [
  {
    id: 'previous-inspection-of',
    note: 'SIF "previous inspections" items: the area and date in one sentence, the grade in the next',
    source: 'SIF reports 2013–18, "Information about this local authority area"',
    find: previousInspectionOf(PREVIOUS_INSPECTION_OF, 'previous-inspection-of', ['previous', 'last', 'recent']),
    examples: {
      match: [
        'The previous inspection of Anyshire’s safeguarding arrangements was in June 2012. The local authority was judged to be inadequate.',
        'The last inspection of the local authority’s services for children looked after was in\nAugust 2012. The local authority was judged to be adequate.',
        'The most recent inspection of adoption services was in 2009. The service’s overall quality was judged to be outstanding.',
        'The previous inspection of Oxfordshire’s services for looked after children was in March 2011. The local authority was judged to be Grade 2 (Good).',
      ],
      miss: ['The previous inspection of the home was in June 2012. Staff were judged to be good.'],
    },
  },
  {
    id: 'inspection-of-was-in',
    note: 'The same item without "previous"',
    source: 'SIF reports 2013–18',
    find: previousInspectionOf(INSPECTION_OF_WAS_IN, 'inspection-of-was-in', ['inspection']),
    examples: {
      match: ['The inspection of Anyshire’s fostering service was in October 2010. The overall quality was good.'],
      miss: ['The inspection of the home was in October 2010. It was a good visit.'],
    },
  },
  {
    id: 'judged-then',
    note: 'A judgement in a clause with a past cue: "since the last inspection in 2018, when services were judged inadequate"',
    source: 'ILACS openings, SIF summaries, visit letters, council papers',
    find: findJudgedThen,
    examples: {
      match: [
        'Since the last inspection in 2022, when services were found to be inadequate, leaders have acted quickly.',
        'This is the third monitoring visit since the local authority was judged inadequate in December 2021.',
        'Children’s services in Oxfordshire were judged good in all areas when they were last inspected in 2017.',
        'Reading children’s services were judged inadequate in 2016.',
        'There have been improvements since the last inspection in 2015, when all areas of the service required improvement to be good.',
        'The fostering service was judged to be adequate at the last inspection in June 2012.',
        'The council was judged good in the inspection of looked after children in 2012.',
      ],
      miss: [
        'Five homes were judged to be good at their last inspection.',
        'Staff were judged to be good in 2016.',
        'For example, 38% of cases audited by the local authority in November 2014 were found to be inadequate.',
        'Some children are placed in residential care provision which was judged as inadequate at the last Ofsted inspection.',
      ],
    },
  },
];
