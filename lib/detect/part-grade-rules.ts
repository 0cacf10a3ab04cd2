// Papers and news naming a part of the service, or the service or council, as the thing graded:
// "child protection has been judged ‘inadequate’", "found its child protection provision ‘inadequate’",
// "the service is now considered to be “good”", "Our overall grading judgement is Good", "Anyshire
// County Council is delivering a good service to children". Read only outside Ofsted's own reports.
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import { AREA_WORDS, areaKeyOf } from './areas';
import { normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { G, G_ANY_CASE, Q, QQ, aimOrCount, rule } from './news-shared';
import { BE, JUDGING, NOT_BY_OTHERS, S, THE_SERVICE, shape } from './paper-shape';

/** "child protection has been judged ‘inadequate’", "the adoption element of the service was rated as “good”". Groups: 1 area, 2 grade. */
const PART_JUDGED = new RegExp(
  `\\b((?:the${S})?(?:adoption|fostering|child${S}protection|care${S}leavers[’']?|leaving${S}care)(?:${S}(?:element|part|side|arm|work|provision|services?|function)(?:${S}of${S}${THE_SERVICE})?)?)` +
    `${S}${BE}${S}${JUDGING}${S}(?:as${S}|to${S}be${S})?${Q}${G}`,
  'gi',
);

/** "found its child protection provision ‘inadequate’", "rated our children’s social care services ‘Outstanding’": the grade quoted. Groups: 1 area, 2 grade. */
const FOUND_ITS = new RegExp(
  `\\b(?:found|rated|judged|deemed|graded)${S}(?:also${S})?(?:its|their|our)${S}([^.;:\\n\\t"“‘]{3,80}?)${S}${QQ}${G}${QQ}`,
  'gi',
);

// "judged to be good in the help and protection category": the area's grade (news-area-rules.ts), not the service's.
const NOT_IN_AREA = `(?!${Q}${S}(?:in|for)${S}(?!(?:all|every|(?:[A-Z][a-z]+${S})?(?:19|20)\\d\\d)\\b))`;

/** "the service is now considered to be “good”", "The council was rated inadequate". Groups: 1 grade. */
const SERVICE_BE_JUDGED = new RegExp(
  `\\b${THE_SERVICE}${S}${BE}${S}${JUDGING}${S}(?:as${S}|to${S}be${S})?${Q}${G}${NOT_BY_OTHERS}${NOT_IN_AREA}`,
  'gi',
);

/** "Our overall grading judgement is Good", "its overall inspection rating was ‘good’". Groups: 1 grade. */
const OUR_OVERALL = new RegExp(
  `\\b(?:our|its|their)${S}overall${S}(?:(?:grading|inspection|Ofsted)${S})?(?:judge?ment|grade|grading|rating|outcome)${S}(?:is|was|has${S}been)${S}${Q}${G}`,
  'gi',
);

/** Ofsted’s summary sentence quoted: "Anyshire County Council is delivering a good service to children and families". Groups: 1 grade. */
const COUNCIL_DELIVERING = new RegExp(
  `\\b[A-Z][\\w’'-]+(?:${S}[A-Z][\\w’'-]+){0,3}${S}Council${S}(?:is|was)${S}(?:delivering|providing)${S}an?${S}${G_ANY_CASE}${S}service${S}(?:to|for)${S}children\\b[^.\\n]{0,60}`,
  'g',
);

/** "Overall effectiveness (good)": a grade in brackets. Groups: 1 grade. */
const BRACKETED = new RegExp(`\\(\\s{0,20}${G}\\s{0,20}\\)`, 'gi');

/** A bracketed grade with its area before it, back to the line, clause or list start (at most 100 characters). */
function findBracketed(text: string): RawJudgement[] {
  return matchesNearGrades(text, BRACKETED, AREA_REACH).flatMap((m) => {
    const base = Math.max(0, m.index - 100);
    const before = text.slice(base, m.index);
    const cut = Math.max(...[...'\n\t:;(),'].map((c) => before.lastIndexOf(c)), before.lastIndexOf('. ')) + 1;
    const lead = /^\s*(?:(?:and|or)\s+)?/i.exec(before.slice(cut))![0].length;
    const area = before.slice(cut + lead).trim();
    if (area.length < 3 || !AREA_WORDS.test(area) || /\bgrade\s*\d$/i.test(area) || aimOrCount(text, m.index)) return [];
    const grade = normaliseGrade(m[1]!);
    return [
      {
        ruleId: 'bracketed-grade',
        area,
        areaKey: areaKeyOf(area),
        grade,
        start: base + cut + lead,
        end: m.index + m[0].length,
        prose: true,
      },
    ];
  });
}

export const partGradeRules: JudgementRule[] = [
  rule(
    'part-judged',
    'A part of the service as the subject: "child protection has been judged ‘inadequate’"',
    shape('part-judged', PART_JUDGED, { areaGroup: 1 }),
    {
      match: ["but child protection has been judged 'inadequate'", 'The adoption element of the service was rated as “good”.'],
      miss: ['Child protection work with schools is good.'],
    },
  ),
  rule(
    'found-its-area',
    '"found its child protection provision ‘inadequate’"',
    shape('found-its-area', FOUND_ITS, { areaGroup: 1 }),
    {
      match: [
        'An inspection found its child protection provision ‘inadequate’.',
        'Ofsted also rated our children’s social care services ‘Outstanding’ in 2018',
      ],
      miss: ['Visitors found its car park ‘good’.', 'found its child protection provision good'],
    },
  ),
  rule(
    'service-be-judged',
    '"the service is now considered to be “good”", "The council was rated inadequate"',
    shape('service-be-judged', SERVICE_BE_JUDGED),
    {
      match: [
        'the service is now considered to be "good" across all aspects of its work',
        'The council was rated inadequate three years ago.',
      ],
      miss: [
        'The service is considered good by parents.',
        'the service is good',
        'The service was judged good in the adoption category',
      ],
    },
  ),
  rule('our-overall-judgement', '"Our overall grading judgement is Good"', shape('our-overall-judgement', OUR_OVERALL), {
    match: ['Our overall grading judgement is Good.'],
    miss: ['Our overall impression is good.'],
  }),
  rule(
    'council-delivering',
    'Ofsted’s summary sentence: "Anyshire County Council is delivering a good service to children"',
    shape('council-delivering', COUNCIL_DELIVERING),
    {
      match: ['“Anyshire County Council is delivering a good service to children and families.”'],
      miss: [
        'The team is delivering a good service to residents.',
        'Anyshire County Council is delivering a good service to residents.',
      ],
    },
  ),
  rule('bracketed-grade', '"Overall effectiveness (good)": the grade in brackets after its area', findBracketed, {
    match: ['The grades were: Overall effectiveness (good) and Leadership and management (outstanding).'],
    miss: ['The weather (good) helped the fete.', 'Overall effectiveness: Grade 2 (good)'],
  }),
];
