// Papers and news naming the thing rated as "the department", "them" or "the service", mostly for an
// earlier grade: "found the department to be “good” in 2014", "first judged them ‘inadequate’", "the
// council’s 2015 ‘inadequate’ verdict", "the verdict on the service was that it ‘requires improvement’",
// "went on to be rated “inadequate” in May 2016", "given the inspectorate’s lowest rank of
// “inadequate”". A date right after the grade is the grade's own (detect-judgements.ts reads it).
// Read only outside Ofsted's own reports.
import type { JudgementRule } from './judgement-rules';
import { G, Q, rule } from './news-shared';
import { JUDGING, S, THE_SERVICE, shape } from './paper-shape';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `((?:${MONTH}${S})?(?:19|20)\\d\\d)`;

/** "rated the department inadequate", "found the department to be “good”", "judging them ‘inadequate’". Groups: 1 as/to be, 2 quote, 3 grade. */
const VERB_OBJECT = new RegExp(
  `\\b(?:judged|judging|rated|rating|graded|deemed|found)${S}(?:${THE_SERVICE}|them|it)${S}((?:to${S}be|as)${S})?(["'‘“])?${G}`,
  'gi',
);

/** "the local authority’s 2015 ‘inadequate’ verdict". Groups: 1 date, 2 grade. */
const YEAR_GRADE_NOUN = new RegExp(
  `\\b${DATE}${S}${Q}${G}${Q}${S}(?:Ofsted${S})?(?:verdict|rating|judge?ment|grade|grading)\\b(?!s)`,
  'gi',
);

/** "the verdict on the service was that it ‘requires improvement’". Groups: 1 grade. */
const VERDICT_ON = new RegExp(
  `\\b(?:verdict|judge?ment|rating|outcome)${S}(?:of|on|for)${S}${THE_SERVICE}${S}(?:was|is)${S}(?:that${S}(?:it|they)${S}(?:(?:was|were|is|are)${S})?)?${Q}${G}`,
  'gi',
);

/** "Provision went on to be rated “inadequate”". Groups: 1 grade. */
const WENT_ON = new RegExp(`\\b(?:went|goes|go|going)${S}on${S}to${S}be${S}${JUDGING}${S}(?:as${S})?${Q}${G}`, 'gi');

/** "given the inspectorate’s lowest rank of “inadequate”". Groups: 1 grade. */
const RANK_OF = new RegExp(
  `\\b(?:given|received|awarded|handed|secured|gained|earned|(?<=\\bfrom\\b[^.;!?]{0,100}\\bto\\s{1,5})achieving)${S}(?:the|an?|its|their)${S}(?:[\\w’'-]+${S}){0,3}?(?:rank|ranking|rating|grade|grading|judge?ment|verdict|score)${S}of${S}${Q}${G}`,
  'gi',
);

/** "the department requires improvement to be good in all inspected areas". Groups: 1 grade. */
const SERVICE_REQUIRES = new RegExp(
  `\\b${THE_SERVICE}${S}(?:still${S}|now${S}|also${S})?(requir(?:es|ed)${S}improvement(?:${S}to${S}be${S}good)?)(?=["'’”]?(?:\\s*[.,;:)]|\\s*$|${S}(?:overall|in${S}all|across|and|but|since|in${S}(?:19|20)\\d\\d)\\b))`,
  'gi',
);

// "found them good company": an unquoted grade after "found" needs "to be" or "as".
const bareOnlyIfJudged = (m: RegExpExecArray) => m[1] !== undefined || m[2] !== undefined || !/^found\b|\sit\s/i.test(m[0]);

export const objectGradeRules: JudgementRule[] = [
  rule(
    'verb-object-grade',
    '"found the department to be “good”", "first judged them ‘inadequate’"',
    shape('verb-object-grade', VERB_OBJECT, { keep: bareOnlyIfJudged }),
    {
      match: [
        'Inspectors found the department to be “good” in 2014.',
        'Ofsted first judged them ‘inadequate’ in 2013.',
        'rated the department inadequate in 2020',
      ],
      miss: ['Inspectors found them good company.', 'found it good to meet'],
    },
  ),
  rule(
    'year-grade-noun',
    '"the local authority’s 2015 ‘inadequate’ verdict"',
    shape('year-grade-noun', YEAR_GRADE_NOUN, { datedGroup: 1 }),
    {
      match: ['after the local authority’s 2015 ‘inadequate’ verdict'],
      miss: ['2015 good verdicts were many', 'In 2015 good weather'],
    },
  ),
  rule(
    'verdict-on-service',
    '"the verdict on the service was that it ‘requires improvement’"',
    shape('verdict-on-service', VERDICT_ON),
    {
      match: ['In 2017, the verdict on the service was that it ‘requires improvement’.'],
      miss: ['the verdict on the weather was that it was good'],
    },
  ),
  rule(
    'service-requires-improvement',
    '"the department requires improvement to be good in all inspected areas"',
    // "requires" in the present: the grade of the inspection discussed, whatever earlier dates the sentence holds.
    (text) =>
      shape(
        'service-requires-improvement',
        SERVICE_REQUIRES,
      )(text).map((j) => (/\brequires\b/i.test(text.slice(j.start, j.end)) ? { ...j, current: true } : j)),
    {
      match: [
        'The report shows the department requires improvement to be good in all inspected areas.',
        'Inspectors said the council still requires improvement.',
        'the service required improvement in 2019',
      ],
      miss: ['the department requires improvement in its record keeping', 'the service requires improvement plans'],
    },
  ),
  rule('went-on-to-be-rated', '"Provision went on to be rated “inadequate”"', shape('went-on-to-be-rated', WENT_ON), {
    match: ['Provision went on to be rated “inadequate” in November 2015.'],
    miss: ['It went on to be a good year.'],
  }),
  rule('given-rank-of', '"given the inspectorate’s lowest rank of “inadequate”"', shape('given-rank-of', RANK_OF), {
    match: [
      'The council was given the inspectorate’s lowest rank of “inadequate” in 19 areas.',
      'the authority has gone from the worst rating to achieving an overall effectiveness score of ‘Good’',
      'The service secured a rating of “outstanding”.',
    ],
    miss: ['given a rank of first place', 'The council is committed to achieving an overall grade of ‘good’.'],
  }),
];
