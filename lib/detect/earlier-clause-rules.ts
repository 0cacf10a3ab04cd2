// Papers and news setting an earlier grade in a clause of its own: "Services are no longer
// inadequate", "since being rated inadequate in 2019", "services were first judged inadequate in
// 2015", "the last full inspection in 2018 where it was rated inadequate", "Four years after it was
// found to be inadequate". A date right after the grade is the grade's own (date-after-grade.ts).
// Read only outside Ofsted's own reports.
import { normaliseGrade } from './grades';
import type { JudgementRule } from './judgement-rules';
import { G, G_ANY_CASE, Q, rule } from './news-shared';
import { AS, DATE, END, JUDGED, RATED_THING, S, WAS, clause, earlier } from './clause-shape';

// A headline's grade ends its clause at the line end too ("Anyshire’s children’s services no longer inadequate").
const LINE_END = `(?:${END}|(?=["'’”]?[ \\t]*\\n))`;

/** "Services are no longer inadequate", "the council is no longer rated ‘inadequate’", "no longer considered inadequate". Groups: 1 grade. */
const NO_LONGER = new RegExp(
  `\\b${RATED_THING}${S}${WAS}${S}no${S}longer(?:${S}(?:${JUDGED}|considered|seen)${AS})?${S}${Q}${G}${LINE_END}`,
  'gi',
);

/** "Eastvale was no longer ‘Inadequate’", headline "Children’s services no longer inadequate": a place
 * name as the subject, or no verb. Groups: 1 grade. */
const NO_LONGER_NAMED = new RegExp(
  `\\b(?:[A-Z][\\w’'-]+(?:${S}[A-Z][\\w’'-]+){0,3}${S}${WAS}|(?:children[’']?s${S})?services)${S}no${S}longer${S}${Q}${G_ANY_CASE}${LINE_END}`,
  'g',
);

// The grade ends its clause, or a contrast follows ("rated as inadequate though most require improvement").
const END_OR_CONTRAST = `(?:${END}|(?=["'’”]?${S}(?:though|although|while|whilst)\\b))`;

/** "There are no longer any individual areas of the service rated as inadequate". Groups: 1 grade. */
const NO_LONGER_ANY = new RegExp(
  `\\bno${S}longer${S}any${S}(?:[\\w’'-]+${S}){0,6}?${JUDGED}${AS}${S}${Q}${G}${END_OR_CONTRAST}`,
  'gi',
);

/** "since being rated inadequate in 2019", "since it was first judged ‘inadequate’". Groups: 1 grade. */
const SINCE_BEING = new RegExp(
  `\\bsince${S}(?:being|${RATED_THING}${S}(?:was|were))(?:${S}(?:first|last))?${S}${JUDGED}${AS}${S}${Q}${G}${END}`,
  'gi',
);

/** "services were first judged inadequate in 2015": the first grade of a history. Groups: 1 grade. */
const FIRST_JUDGED = new RegExp(
  `\\b${RATED_THING}${S}(?:was|were|had${S}been)${S}first${S}${JUDGED}${AS}${S}${Q}${G}${END}`,
  'gi',
);

/** "the last full inspection in 2018 where it was rated inadequate", "The previous inspection in 2012 was ‘Adequate’". Groups: 1 date, 2 grade. */
const INSPECTION_WHERE = new RegExp(
  `\\b(?:last|previous|earlier|prior|first)${S}(?:(?:full|standard|Ofsted)${S}){0,2}inspection${S}in${S}${DATE},?${S}(?:(?:where|when|at${S}which|in${S}which)${S}${RATED_THING}${S}(?:was|were)${S}${JUDGED}${AS}|(?:was|had${S}been)(?:${S}${JUDGED}${AS})?)${S}${Q}${G}${END}`,
  'gi',
);

// A headline-like sentence may run on without a comma ("Four years after it was found to be inadequate a
// vital council department …"): the grade need only not be followed by a noun it describes.
const NOT_DESCRIBING = `(?![\\w-]|["'’”]?${S}(?:value|practice|enough|examples?|progress|work|news|quality|care|support|services?)\\b)`;

/** "Four years after it was found to be inadequate". Groups: 1 grade. */
const YEARS_AFTER = new RegExp(
  `\\b(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a${S}few|several)${S}(?:years?|months?)${S}(?:after|since)${S}${RATED_THING}${S}${WAS}${S}${JUDGED}${AS}${S}${Q}${G}${NOT_DESCRIBING}`,
  'gi',
);

/** "since its last ‘inadequate’ inspection", "their previous good Ofsted report": the grade names an earlier
 * inspection. Groups: 1 grade. ("its last ‘good’ rating" is grade-rating-for's, framed as earlier.) */
const LAST_GRADE_INSPECTION = new RegExp(
  `\\b(?:its|their|our|the)${S}(?:last|previous|prior|earlier|former|most${S}recent)${S}${Q}${G}${Q}${S}(?:Ofsted${S})?(?:inspection|report|visit)\\b`,
  'gi',
);

export const earlierClauseRules: JudgementRule[] = [
  rule(
    'no-longer-grade',
    '"Services are no longer inadequate": the grade left behind',
    clause('no-longer-grade', NO_LONGER, earlier),
    {
      match: [
        'Services are no longer inadequate, but progress has been slow.',
        'The council is no longer rated ‘inadequate’ by Ofsted.',
        'Children’s services are no longer judged to be inadequate.',
        'Children’s Services were no longer considered inadequate.',
      ],
      miss: ['Staff are no longer inadequate.', 'Services are no longer good value for money.'],
    },
  ),
  rule(
    'no-longer-named',
    '"Eastvale was no longer ‘Inadequate’", "services no longer inadequate": the grade left behind',
    clause('no-longer-named', NO_LONGER_NAMED, earlier),
    {
      match: [
        'The inspection found that Eastvale was no longer ‘Inadequate’, and more.',
        'Children’s services no longer inadequate, says Ofsted',
        'Anyshire’s children’s services no longer inadequate\nPRESS RELEASE',
      ],
      miss: ['Eastvale was no longer good value.', 'Staff no longer inadequate'],
    },
  ),
  rule(
    'no-longer-any-rated',
    '"There are no longer any areas of the service rated as inadequate": the grade left behind',
    clause('no-longer-any-rated', NO_LONGER_ANY, earlier),
    {
      match: ['There are no longer any individual areas of the service rated as inadequate.'],
      miss: ['There are no longer any staff rated by parents.', 'no longer any areas rated as good value'],
    },
  ),
  rule(
    'since-being-judged',
    '"since being rated inadequate in 2019": the earlier grade of a "since" clause',
    clause('since-being-judged', SINCE_BEING, earlier),
    {
      match: [
        'The service has improved since being rated inadequate in 2019.',
        'since it was first judged ‘inadequate’',
        'Much has changed since the council was rated as requires improvement.',
      ],
      miss: ['since being told to improve', 'since being appointed in 2019'],
    },
  ),
  rule(
    'first-judged',
    '"services were first judged inadequate in 2015": the first grade of a history',
    clause('first-judged', FIRST_JUDGED, earlier),
    {
      match: [
        'progress has been slow since services were first judged inadequate in 2015',
        'The council was first rated ‘good’ in 2012.',
        'It had been first judged to be inadequate.',
      ],
      miss: ['The council was first to publish its plan.', 'Staff were first judged on outcomes.'],
    },
  ),
  rule(
    'inspection-where-judged',
    '"the last full inspection in 2018 where it was rated inadequate": the date of the inspection named',
    clause('inspection-where-judged', INSPECTION_WHERE, (m) => [
      { grade: normaliseGrade(m[2]!), inspection: m[1]!.replace(/\s+/g, ' ') },
    ]),
    {
      match: [
        'an improvement since the last full inspection in 2018 where it was rated inadequate',
        'the previous inspection in March 2019, when the council was judged to be good',
        'the first Ofsted inspection in 2014, at which services were found inadequate',
        'The previous inspection in 2012 was ‘Adequate’ and inspectors recognised progress.',
      ],
      miss: ['the last inspection in 2018 where staff were told to improve', 'the last inspection in 2018 was thorough'],
    },
  ),
  rule(
    'last-grade-inspection',
    '"since its last ‘inadequate’ inspection": the grade of the earlier inspection named',
    clause('last-grade-inspection', LAST_GRADE_INSPECTION, earlier),
    {
      match: [
        'Services have made real progress since its last “inadequate” inspection.',
        'The council has built on their previous good Ofsted report.',
        'since the last inadequate inspection in 2018',
      ],
      miss: ['its last full inspection', 'the last good practice visit'],
    },
  ),
  rule(
    'years-after-judged',
    '"Four years after it was found to be inadequate": an earlier grade, undated',
    clause('years-after-judged', YEARS_AFTER, earlier),
    {
      match: [
        'Four years after it was found to be inadequate the department has been rated good.',
        'Two years after the council was rated ‘requires improvement’, it has improved.',
        '18 months after services were judged inadequate',
      ],
      miss: ['Four years after it was founded', 'Two years after the council was told to improve'],
    },
  ),
];
