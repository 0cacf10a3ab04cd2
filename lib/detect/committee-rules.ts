// Committee minutes' and council headlines' wording not covered by the other news rules:
// "Children’s services ‘require improvement’" (a headline, the grade as a quoted verb),
// "Anytown’s Children’s Services are "Good"", "… and ‘Inadequate’ in the domain of …" (a second
// quoted grade in a list of ILACS judgement areas), "the outcome of the inspection judgement as
// ‘Inadequate’", "Its rating as ‘good’ in all areas". Read only outside Ofsted's own reports.
import type { JudgementRule } from './judgement-rules';
import { G, G_ANY_CASE, Q, QQ, QUOTE_LED, rule, scanArea } from './news-shared';

/** The grade may be a verb ("‘require improvement’"). "(Anytown’s) children’s services (are|is) (now) ‘G’": the grade quoted, as headlines give it. */
const SERVICES_QUOTED = new RegExp(
  `(?:\\b[A-Z][\\w’'-]+(?:\\s{1,20}[A-Z][\\w’'-]+){0,3}[’']s\\s{1,20})?\\b[Cc]hildren[’']?s\\s{1,20}(?:[Ss]ocial\\s{1,20}[Cc]are\\s{1,20})?[Ss]ervices` +
    `\\s{1,20}(?:(?:are|is|were|was)\\s{1,20}(?:now\\s{1,20})?)?${QQ}${G_ANY_CASE}${QQ}`,
  'g',
);

/** "‘Inadequate’ in the domain of X", "‘good’ in the areas of X": the ILACS judgement areas named. */
const GRADE_IN_DOMAIN = new RegExp(
  `${QQ}${G}${QQ}\\s{1,20}in\\s{1,20}the\\s{1,20}(?:domains?|judge?ment\\s{1,20}areas?|areas?|categor(?:y|ies))\\s{1,20}of\\s{1,20}` +
    `((?:the\\s{1,20})?[^.;:\\n\\t‘“"]{3,160}?)(?=\\s{1,20}and\\s{1,20}${QQ}|[.;:\\n\\t]|$)`,
  'gi',
);

/** "the outcome of the (Ofsted) inspection (judgement) as ‘Inadequate’", "… was ‘Good’" */
const OUTCOME_OF_INSPECTION = new RegExp(
  `\\b(?:the\\s{1,20})?(?:outcome|result)\\s{1,20}of\\s{1,20}(?:the\\s{1,20}|this\\s{1,20})?(?:Ofsted\\s{1,20})?(?:re-?)?inspection(?:\\s{1,20}judge?ment)?\\s{1,20}(?:as|was|is)\\s{1,20}${Q}${G}`,
  'gi',
);

/** "Its rating as ‘good’ in all areas", "the council’s judgement as ‘outstanding’": the grade quoted. */
const RATING_AS = new RegExp(
  `\\b(?:its|their|the|our|a)\\s{1,20}(?:Ofsted\\s{1,20})?(?:rating|grading|judge?ment)\\s{1,20}as\\s{1,20}${QQ}${G}${QQ}`,
  'gi',
);

/** "our sub judgement for X has improved to Good": the new grade of the area named */
const IMPROVED_TO = new RegExp(
  `\\b(?:sub[- ]?)?(?:judge?ment|rating|grade)\\s{1,20}for\\s{1,20}([^.;:\\n\\t]{3,120}?)\\s{1,20}(?:has|had|have)\\s{1,20}(?:now\\s{1,20})?` +
    `(?:improved|risen|moved\\s{1,20}up|gone\\s{1,20}up|been\\s{1,20}raised)\\s{1,20}to\\s{1,20}${Q}${G}`,
  'gi',
);

/** "the rating it received then of ‘requires improvement’", "its Ofsted grading of ‘inadequate’" (quoted) */
const RATING_OF = new RegExp(
  // "the next best rating of", "the second-highest grade of", "the lowest possible rank of": up to three words between.
  `\\b(?:the|its|their|an?)\\s{1,20}(?:(?!of\\b)[\\w’'-]+\\s{1,20}){0,3}?(?:Ofsted\\s{1,20})?(?:rating|grading|grade|rank|ranking)` +
    `(?:\\s{1,20}(?:it|they|the\\s{1,20}(?:council|authority|service))\\s{1,20}(?:received|was\\s{1,20}given|had)(?:\\s{1,20}then|\\s{1,20}at\\s{1,20}the\\s{1,20}time)?)?` +
    `\\s{1,20}of\\s{1,20}${QQ}${G}${QQ}`,
  'gi',
);

export const committeeJudgementRules: JudgementRule[] = [
  rule(
    'services-quoted-grade',
    'Children’s services with a quoted grade, as a headline gives it: "Children’s services ‘require improvement’"',
    scanArea('services-quoted-grade', SERVICES_QUOTED, [], [1]),
    {
      match: [
        'Children’s services ‘require improvement’ - Ofsted',
        'Anytown’s Children’s Services are "Good"',
        'Anytown Children’s Social Care Services are ‘Outstanding’',
      ],
      miss: ['Children’s services are good at listening', 'children’s services good practice'],
    },
  ),
  rule(
    'grade-in-domain',
    'A quoted grade then "in the domain of" an ILACS judgement area',
    scanArea('grade-in-domain', GRADE_IN_DOMAIN, [2], [1], QUOTE_LED),
    {
      match: ['and ‘Inadequate’ in the domain of experiences and progress of children who need help and protection'],
      miss: ['‘good’ in the domain of the weather', 'good in the domain of'],
    },
  ),
  rule(
    'outcome-of-inspection-as',
    '"the outcome of the inspection judgement as ‘Inadequate’"',
    scanArea('outcome-of-inspection-as', OUTCOME_OF_INSPECTION, [], [1]),
    {
      match: ['While the outcome of the inspection judgement as ‘Inadequate’ is disappointing'],
      miss: ['the outcome of the inspection as a whole'],
    },
  ),
  rule(
    'rating-as-quoted',
    'A rating named, then its grade in quotation marks: "Its rating as ‘good’ in all areas"',
    scanArea('rating-as-quoted', RATING_AS, [], [1]),
    {
      match: ['Its rating as ‘good’ in all areas', 'the Ofsted rating as "outstanding"'],
      miss: ['its rating as good as any', 'a rating as high as good'],
    },
  ),
  rule(
    'improved-to',
    'An area’s judgement that has improved to a grade: "our sub judgement for X has improved to Good"',
    scanArea('improved-to', IMPROVED_TO, [1], [2]),
    {
      match: ['our sub judgement for children in need of help and protection has improved to Good'],
      miss: ['the rating for the weather has improved to good', 'our judgement has improved'],
    },
  ),
  rule(
    'rating-of-quoted',
    'A rating "of" a quoted grade: "the rating it received then of “requires improvement”"',
    scanArea('rating-of-quoted', RATING_OF, [], [1]),
    {
      match: [
        'the rating it received then of "requires improvement"',
        'their Ofsted grading of ‘inadequate’ issued in May 2015',
        'The council scored the next best rating of “good” in the other areas.',
        'Anyshire received the lowest possible grade of “inadequate”.',
      ],
      miss: ['a rating of good by parents', 'the rating of the scheme'],
    },
  ),
];
