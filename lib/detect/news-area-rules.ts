// More committee and news wording, each naming the area or the authority: "rated as good in the
// following areas – …", "inadequate in respect of quality of practice", "Kirklees was rated as
// “good”", "The overall inspection judgement stated the service ‘requires improvement to be good’",
// table rows with one space before the grade ("Overall effectiveness Requires improvement to be
// good"), "providing a ‘Good’ service", "the Ofsted Adoption Inspection was GOOD".
// Read only outside Ofsted's own reports, like the other news rules.
import { AREA_REACH, LIST_REACH, matchesNearGrades } from './anchor-index';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import { G, G_ANY_CASE, Q, QQ, aimOrCount, rule, scanArea } from './news-shared';
import { newsPlaceRules } from './news-place-rules';
import { pressVerbRules } from './press-verb-rules';
import { namedCountRules } from './named-count-rules';

// The areas end before a second grade of the same sentence: "… in A, and rated as good in B", "… in A and inadequate in respect of B".
const NEXT_GRADE = `(?!,?\\s{1,20}and\\s{1,20}(?:rated|judged|graded|found|${Q}(?:${GRADE_SOURCE})${Q}\\s{1,20}in\\b))`;
/** "rated as good in the following areas – …", "judged to be adequate in the … categories", "inadequate in respect of …" */
const GRADE_IN_AREA = new RegExp(
  `\\b(?:rated|judged|graded|found)\\s{1,20}(?:to\\s{1,20}be\\s{1,20}|as\\s{1,20})?${Q}${G}${Q}\\s{1,20}(?:in|for)\\s{1,20}(?:the\\s{1,20}following\\s{1,20}areas\\s{0,20}[–:-]\\s{0,20})?((?:${NEXT_GRADE}[^.;:\\n\\t]){3,160})` +
    `|${Q}${G}${Q}\\s{1,20}in\\s{1,20}respect\\s{1,20}of\\s{1,20}([^.;:,\\n\\t]{3,120})`,
  'gi',
);

// A place or council named as the subject; words that start sentences are not places.
const NOT_A_PLACE =
  /^(?:It|This|That|There|They|These|Those|He|She|We|The|Staff|All|Most|Some|Each|Every|Services|Children|Ofsted|Inspectors?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Several|Both|None|Many|Few)$/;
/** "Kirklees was rated as “good”", "Shropshire Council’s children’s services rated ‘good’ by Ofsted" */
const PLACE_RATED = new RegExp(
  `\\b((?:[A-Z][a-z][\\w’'-]*[ \\t]{1,20}){1,4}?(?:Council[’']s[ \\t]{1,20})?children[’']?s[ \\t]{1,20}services|[A-Z][a-z][\\w’'-]+(?:[ \\t]{1,20}(?:City|County|Borough|Council|[A-Z][a-z]+)){0,3})` +
    `\\s{1,20}(?:(was|were|is|are|has\\s{1,20}been|had\\s{1,20}been)\\s{1,20})?(?:rated|judged|graded)\\s{1,20}(?:as\\s{1,20}|to\\s{1,20}be\\s{1,20})?(["'‘’“”])?${G_ANY_CASE}`,
  'g',
);

function findPlaceRated(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, PLACE_RATED, AREA_REACH)) {
    const first = /^\S+/.exec(m[1]!)![0];
    // Without "was" it is a headline, and a headline quotes its grade.
    if (NOT_A_PLACE.test(first) || (!m[2] && !m[3]) || aimOrCount(text, m.index)) continue;
    const end = m.index + m[0].length + (/^["'’”]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1)) ? 1 : 0);
    out.push({
      ruleId: 'place-rated',
      area: 'overall',
      areaKey: 'overall',
      grade: normaliseGrade(m[4]!),
      start: m.index,
      end,
      prose: true,
    });
  }
  return out;
}

/** "The overall inspection judgement stated the service ‘requires improvement to be good’" */
const JUDGEMENT_STATED = new RegExp(
  `(?:\\bjudge?ment\\s{1,20}(?:stated|said|found|concluded)|\\bstating|\\b(?:Ofsted|inspectors)(?:\\s{1,20}inspectors)?(?:\\s{1,20}still)?\\s{1,20}(?:stated|said|found|concluded))\\s{1,20}(?:that\\s{1,20})?(?:the\\s{1,20})?(?:service|services|council|local\\s{1,20}authority|authority|it|they)\\s{1,20}(?:still\\s{1,20})?(?:(?:was|is|were|are)\\s{1,20})?${Q}${G}(?![\\w-]|["'’”]?\\s{1,20}(?:at|to|for|with|news|progress)\\b)`,
  'gi',
);

/** Table rows with one space before the grade, as council web pages flatten them */
const SPACED_ROW = new RegExp(
  `^[ \\t]*(overall effectiveness|(?:the )?experiences and progress of [^\\n\\t:]{3,100}?|(?:the )?impact of leaders[^\\n\\t:]{0,100}?|leadership,? management and governance|adoption performance) {1,2}${G}[ \\t]*$`,
  'gim',
);

/** "Thurrock Council was providing a ‘Good’ service" */
const GRADE_SERVICE = new RegExp(
  `\\b(?:providing|provides|provided|delivering|delivers|runs?)\\s{1,20}(?:an?\\s{1,20})?${QQ}${G}${QQ}\\s{1,20}service\\b`,
  'gi',
);

/** "the Ofsted Adoption Inspection was GOOD" */
const INSPECTION_WAS = new RegExp(
  `\\bOfsted\\s{1,20}((?:[\\w’']+\\s{1,20}){0,3}?)inspection\\s{1,20}(?:was|is)\\s{1,20}(?:(?:rated|judged|graded)\\s{1,20})?(?:as\\s{1,20})?${Q}${G}`,
  'gi',
);

/** "Councils judged to be performing poorly are Staffordshire, Gloucestershire, …": named authorities */
const NAMED_LIST = new RegExp(
  `\\b(?:[Cc]ouncils|[Aa]uthorities)\\s{1,20}(?:judged|rated|found)\\s{1,20}(?:to\\s{1,20}be\\s{1,20}|as\\s{1,20})?${Q}${G}${Q}\\s{1,20}(?:are|were|include|included)\\s{1,20}[A-Z][^.;\\n]{0,400}`,
  'g',
);

export const newsAreaRules: JudgementRule[] = [
  ...newsPlaceRules,
  ...pressVerbRules,
  ...namedCountRules,
  rule(
    'grade-in-area',
    'A grade given "in" or "in respect of" named areas',
    scanArea('grade-in-area', GRADE_IN_AREA, [2, 4], [1, 3]),
    {
      match: [
        'being rated as outstanding in adoption performance',
        'rated as good in the following areas – children who need help and protection; children looked after',
        'and inadequate in respect of quality of practice',
      ],
      miss: ['rated as good in the town centre'],
    },
  ),
  rule('place-rated', 'A place or council as the subject: "Kirklees was rated as “good”"', findPlaceRated, {
    match: [
      'Kirklees was rated as "good" following its last inspection in November 2011.',
      'Shropshire Council’s children’s services rated ‘good’ by Ofsted',
    ],
    miss: ['It was rated as good.', 'Kirklees rated good practice highly'],
  }),
  rule(
    'judgement-stated',
    '"The overall inspection judgement stated the service ‘requires improvement to be good’"',
    scanArea('judgement-stated', JUDGEMENT_STATED, [], [1]),
    {
      match: [
        'The overall inspection judgement stated the service ‘requires improvement to be good’.',
        'Ofsted inspectors still said they still “required improvement”.',
        'Inspectors found that the council was inadequate.',
      ],
      miss: [
        'The judgement stated that staff were good at listening',
        'Ofsted said it was good to see progress.',
        'Inspectors found the service good at listening to children.',
      ],
    },
  ),
  rule(
    'spaced-row',
    'Council web pages: "Overall effectiveness Requires improvement to be good"',
    scanArea('spaced-row', SPACED_ROW, [1], [2]),
    {
      match: ['The experiences and progress of children in care Good', 'Overall effectiveness Requires improvement to be good'],
      miss: ['The experiences and progress of children in care are good overall'],
    },
  ),
  rule(
    'named-authorities',
    'A list of named authorities with one grade',
    scanArea('named-authorities', NAMED_LIST, [], [1], LIST_REACH),
    {
      match: ['Councils judged to be performing poorly are Staffordshire, Gloucestershire and Slough.'],
      miss: ['Councils judged to be good are more common'],
    },
  ),
  rule('grade-service', '"providing a ‘Good’ service"', scanArea('grade-service', GRADE_SERVICE, [], [1]), {
    match: ['Thurrock Council was providing a ‘Good’ service'],
    miss: ['providing a good service to residents'],
  }),
  rule(
    'inspection-was-grade',
    '"the Ofsted Adoption Inspection was GOOD"',
    scanArea('inspection-was-grade', INSPECTION_WAS, [1], [2]),
    {
      match: ['the Ofsted Adoption Inspection was GOOD'],
      miss: ['the Ofsted inspection was thorough'],
    },
  ),
];
