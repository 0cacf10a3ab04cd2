// Judgement wording of headlines, news items and committee write-ups, where the grade is a noun or
// an adjective rather than the end of a sentence: "'Good' rating for council's children's services",
// "Good ratings were received for the impact of leaders …", "‘good’ for children who need help and
// protection", "Ofsted also rated the Board as ‘good’", "which is now judged to be good overall".
// Read only in council papers, news and letters (not Ofsted reports): in an Ofsted report the same
// words are inspectors' descriptions ("a good rating scale", "judged good by parents").
import { matchesLedByGrades } from './grade-led-matches';
import { areaKeyOf } from './areas';
import { normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { achievedNotAim } from './past-context';
import { AREA_AFTER, AREA_OK, G, Q, QQ, QUOTE_LED, aimOrCount, otherProvider, rule, scanArea } from './news-shared';

/**
 * "a ‘Good’ rating (for X)", "Good ratings were received for X", "its Outstanding judgement",
 * "the only outstanding authority in the region". An unquoted lower-case grade needs "rating":
 * "good judgement" and "good grades" are descriptions. Groups: 1 quoted, 2 capitalised, 3 lower-case
 * grade; 4 the noun, 5 its plural; 6 "authority"; 7 the area after "for".
 */
const GRADE_NOUN = new RegExp(
  `(?:${QQ}${G}${QQ}|\\b(Outstanding|Good|Inadequate|Requires\\s{1,20}Improvement(?:\\s{1,20}to\\s{1,20}be\\s{1,20}Good)?|Adequate)\\b|\\b${G})` +
    `(?:\\s{1,20}overall)?(?:\\s{1,20}Ofsted(?=\\s{1,20}(?:rating|grading|(?:sub[- ]?)?judge?ment|grade)\\b))?\\s{1,20}(?:(rating|grading|(?:sub[- ]?)?judge?ment|grade)(s?)|(authority|council))\\b(?:\\s{1,20}overall)?${AREA_AFTER}`,
  'gdi',
);

function findGradeNoun(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesLedByGrades(text, GRADE_NOUN, QUOTE_LED)) {
    const grade = m[1] ?? m[2] ?? m[3]!;
    // The flag is "i" for quoted and lower-case grades; an unquoted one is group 2 only if capitalised.
    const lowerCase = m[3] !== undefined || (m[2] !== undefined && !/^[A-Z]/.test(m[2]));
    // A lower-case, unquoted grade only before "rating" or in "the only outstanding authority".
    const achieved = achievedNotAim(text, m.index, m[7]);
    if (
      (aimOrCount(text, m.index) && !achieved) ||
      otherProvider(text, m.index) ||
      (lowerCase && !/^(?:rating|grading)$/i.test(m[4] ?? '') && !m[6])
    )
      continue;
    // "Outstanding judgements have been given three times": plural judgements and grades are counts.
    // A quoted grade with the areas after it is one grade for several: "‘Outstanding’ sub judgements for X; Y".
    if (m[5] && !/^(?:rating|grading)$/i.test(m[4]!) && !(m[1] && m[7] && AREA_OK.test(m[7]))) continue;
    // "the only outstanding authority in the region", "'inadequate' council": the authority's grade.
    if (m[6] && !m[1] && !/\bthe\s+only\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const areaText = m[7] && AREA_OK.test(m[7]) ? m[7].trim() : null;
    // Without an area after it the quote ends at the noun ("a ‘Good’ rating").
    const end = m[7] && !areaText ? (m.indices![6]?.[1] ?? m.indices![4]![1]) : m.index + m[0].length;
    out.push({
      ruleId: 'grade-rating-for',
      area: areaText ?? (m[5] ? 'several areas' : 'overall'),
      areaKey: areaText === null ? (m[5] ? 'other' : 'overall') : areaKeyOf(areaText),
      grade: normaliseGrade(grade),
      start: m.index,
      end,
      prose: true,
      ...(achieved ? { current: true } : {}),
    });
  }
  return out;
}

/** "the authority is ‘outstanding’ for leadership, management and governance", "‘good’ for care leavers" */
const QUOTED_FOR = new RegExp(`${QQ}${G}${QQ}\\s{1,20}for\\s{1,20}(?:the\\s{1,20})?([^.;:,\\n\\t"“‘]{3,120})`, 'g');

/** "Ofsted also rated the Board as ‘good’", "rating leadership … as “good”", "judged X to be ‘inadequate’", "judged overall X as ‘good’" */
const RATED_X_AS = new RegExp(
  `\\b(?:rated|rating|judged|judging|graded|grading)\\s{1,20}(?:overall\\s{1,20}(?!as\\b|to\\b))?(?!that\\b|it\\b|them\\b|as\\b|to\\b|by\\b|overall\\b)([^.;:\\n\\t"“‘]{3,140}?)\\s{1,20}(?:as|to\\s{1,20}be)\\s{1,20}${Q}${G}`,
  'gi',
);

/** "which is now judged to be good overall", "to be judged ‘good’ overall", "being graded overall ‘Outstanding’" */
const JUDGED_OVERALL = new RegExp(
  `\\b(?:judged|rated|graded)\\s{1,20}(?:overall\\s{1,20})?(?:to\\s{1,20}be\\s{1,20}|as\\s{1,20})?${Q}${G}${Q}\\s{1,20}overall\\b|\\bbeing\\s{1,20}(?:judged|rated|graded)\\s{1,20}overall\\s{1,20}${Q}${G}`,
  'gi',
);

/** "overall the Adoption Service was judged as good": a named service of the council as the subject */
const SERVICE_JUDGED = new RegExp(
  `\\b((?:the\\s{1,20})?(?:adoption|fostering|children[’']?s|social\\s{1,20}care|safeguarding|care\\s{1,20}leavers[’']?|looked\\s{1,20}after\\s{1,20}children[’']?s?)\\s{1,20}(?:agency|service|services))` +
    `\\s{1,20}(?:was|were|is|are|has\\s{1,20}been|had\\s{1,20}been)\\s{1,20}(?:also\\s{1,20}|now\\s{1,20})?(?:judged|rated|graded|assessed|found)\\s{1,20}(?:to\\s{1,20}be\\s{1,20}|as\\s{1,20})?${Q}${G}`,
  'gi',
);

export const newsJudgementRules: JudgementRule[] = [
  rule(
    'grade-rating-for',
    'The grade as an adjective of "rating", "judgement" or "grade", with the area after "for"',
    findGradeNoun,
    {
      match: [
        "'Good' rating for council's children's services",
        'Good ratings were received for the impact of leaders on social work practice',
        'the Council’s children’s services retained its Outstanding judgement',
        'Worcestershire County Council has received a ‘requires improvement’ rating from Ofsted',
      ],
      miss: [
        'Social workers use good judgement.',
        'Pupils achieved good grades.',
        'a damning Ofsted rating',
        'Outstanding judgments have been given three times',
      ],
    },
  ),
  rule(
    'quoted-grade-for',
    'A quoted grade then the area: "‘good’ for children who need help and protection"',
    scanArea('quoted-grade-for', QUOTED_FOR, [2], [1], QUOTE_LED),
    {
      match: [
        'the authority is ‘outstanding’ for leadership, management and governance',
        '‘good’ for care looked after children',
      ],
      miss: ['‘good’ for the town', 'good for children who need help'],
    },
  ),
  rule(
    'rated-area-as',
    'The area as the object: "Ofsted also rated the Board as ‘good’"',
    scanArea('rated-area-as', RATED_X_AS, [1], [2]),
    {
      match: [
        'Ofsted also rated the Local Children’s Safeguarding Board as ‘good’',
        'rating leadership, management and governance, in addition to adoption support, as "good"',
        'judged overall Children’s Services in Anytown as “requires improvement to be good.”',
      ],
      miss: ['Ofsted rated the weather as good', 'judged to be good'],
    },
  ),
  rule(
    'judged-grade-overall',
    '"which is now judged to be good overall"',
    scanArea('judged-grade-overall', JUDGED_OVERALL, [], [1, 2]),
    {
      match: [
        'children’s services, which is now judged to be good overall',
        'the overall effectiveness of services being graded overall ‘Outstanding’',
      ],
      miss: ['judged to be good by parents'],
    },
  ),
  rule(
    'service-judged',
    'A named service as the subject: "the Adoption Service was judged as good"',
    scanArea('service-judged', SERVICE_JUDGED, [1], [2]),
    {
      match: ['overall the Adoption Service was judged as good'],
      miss: ['the bus service was judged as good'],
    },
  ),
];
