// Papers and news naming several grades or several areas in one breath: "rated inadequate in 2013
// and 2015", "previously achieving grades of “inadequate” in 2019 and 2011 and “requires
// improvement” in 2015" (each year its own earlier grade), and "these 4 areas were all rated
// inadequate:", "Each of these focus areas were also judged to be ‘good’" (one grade for every area
// of the inspection), and a new grade set against the old one ("spun its ‘Inadequate’ Ofsted rating
// to ‘Good’", "Ofsted updated the rating of its children’s services to ‘Good’"). Read only outside
// Ofsted's own reports.
import { AREA_REACH, LIST_REACH, matchesNearGrades } from './anchor-index';
import { normaliseGrade } from './grades';
import { closingQuote } from './grade-from-to';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { G, Q, aimOrCount, otherProvider, rule } from './news-shared';
import { DATE, END, JUDGED, S, clause } from './clause-shape';

/** The first dated grade: "rated inadequate in 2013", "grades of “inadequate” in 2019". Groups: 1 grade, 2 date. */
const FIRST_DATED = new RegExp(
  `\\b(?:${JUDGED}|achieving|achieved|received|previously|(?:grades?|ratings?|judge?ments?)${S}of)(?:${S}(?:as|to${S}be))?${S}${Q}${G}${Q}${S}in${S}${DATE}\\b`,
  'gi',
);

/** One more year ("and 2011", ", 2013") or one more grade with its year ("and ‘good’ in 2015"), read from where the last ended. Groups: 1 year, 2 grade, 3 its date. */
const NEXT_DATED = new RegExp(`(?:,|,?${S}and)${S}(?:in${S})?(?:${DATE}\\b(?![-–/]\\d)|${Q}${G}${Q}${S}in${S}${DATE}\\b)`, 'iy');

/** Each dated grade of a chain that has at least two, the grade carried over to a bare year. */
function findChains(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, FIRST_DATED, AREA_REACH)) {
    if (aimOrCount(text, m.index) || otherProvider(text, m.index)) continue;
    let grade = normaliseGrade(m[1]!);
    const chain: RawJudgement[] = [];
    const add = (start: number, end: number, dated: string) =>
      chain.push({ ruleId: 'dated-grade-chain', area: 'overall', areaKey: 'overall', grade, start, end, prose: true, dated });
    add(m.index, m.index + m[0].length, m[2]!.replace(/\s+/g, ' '));
    NEXT_DATED.lastIndex = m.index + m[0].length;
    for (let n = NEXT_DATED.exec(text); n && chain.length < 8; n = NEXT_DATED.exec(text)) {
      if (n[2]) grade = normaliseGrade(n[2]);
      add(n.index + n[0].search(/[^,\s]/), n.index + n[0].length, (n[1] ?? n[3])!.replace(/\s+/g, ' '));
    }
    if (chain.length > 1) out.push(...chain);
  }
  return out;
}

/** "these 4 areas were all rated inadequate", "Each of these focus areas were also judged to be ‘good’". Groups: 1 grade. */
const AREAS_ALL = new RegExp(
  `\\b(?:these|the|both|each${S}of${S}(?:these|the))${S}(?:(?:\\d|two|three|four|five|six)${S})?(?:(?:focus|key|judgement|inspected|service)${S})?(?:areas|judge?ments|categories)${S}(?:were|are|have${S}been)${S}(?:(?:also|all|both|each)${S}){0,2}${JUDGED}(?:${S}(?:as|to${S}be))?${S}${Q}${G}`,
  'gi',
);

function findAreasAll(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, AREAS_ALL, LIST_REACH)) {
    if (aimOrCount(text, m.index) || otherProvider(text, m.index)) continue;
    const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
    out.push({
      ruleId: 'areas-all-rated',
      area: 'all areas',
      allAreas: true,
      grade: normaliseGrade(m[1]!),
      start: m.index,
      end,
      prose: true,
    });
  }
  return out;
}

/** "spun its ‘Inadequate’ Ofsted rating to ‘Good’", "updated the rating of its children’s services to ‘Good’". Groups: 1 old grade, 2 new grade. */
const RATING_TO = new RegExp(
  `\\b(?:[a-z]{2,12}ed|spun|took|brought|got)${S}(?:its|their|the)${S}(?:${Q}${G}${Q}${S})?(?:overall${S})?(?:Ofsted${S})?(?:rating|grade|grading|judge?ment)(?:${S}(?:of|for)${S}[^.;:\\n"“‘]{3,80}?)?${S}to${S}${Q}${G}${END}`,
  'gi',
);

export const gradeListRules: JudgementRule[] = [
  rule(
    'dated-grade-chain',
    'Several earlier grades, each with its year, in one sentence: each year its own mention',
    findChains,
    {
      match: [
        'The service was rated inadequate in 2013 and 2015.',
        'only ever previously achieving grades of “inadequate” in 2019 and 2011 and “requires improvement” in 2015',
        "It was judged 'good' in 2011 and 'requires improvement' in 2015.",
      ],
      miss: ['The service was rated inadequate in 2013.', 'rated good in 2014 and staff were proud'],
    },
  ),
  rule(
    'areas-all-rated',
    'One grade for the areas listed or named together: "these 4 areas were all rated inadequate:"',
    findAreasAll,
    {
      match: [
        'They found that these 4 areas were all rated inadequate:',
        'Each of these focus areas were also judged to be ‘good’, alongside the overall effectiveness.',
        'The three judgement areas were all rated as requires improvement to be good.',
      ],
      miss: ['Twelve areas were rated inadequate this year.', 'these areas were all rated by parents'],
    },
  ),
  rule(
    'rating-changed-to',
    '"spun its ‘Inadequate’ Ofsted rating to ‘Good’": the old grade earlier, the new one this inspection’s',
    // Each grade its own span: the old one ends at the rating noun, the new one starts at "to".
    clause('rating-changed-to', RATING_TO, (m) => {
      const to = m.index + m[0].lastIndexOf('to', m[0].lastIndexOf(m[2]!));
      return [
        ...(m[1] ? [{ grade: normaliseGrade(m[1]), inspection: 'previous', end: to - 1 }] : []),
        { grade: normaliseGrade(m[2]!), current: true, start: to },
      ];
    }),
    {
      match: [
        'Ofsted updated the rating of its children’s services to ‘Good’.',
        'The council turned its ‘Inadequate’ Ofsted rating to ‘Good’ in May.',
        'Inspectors raised the overall grade to “requires improvement to be good”.',
      ],
      miss: [
        'The council wanted its rating to be good.',
        'The school lifted its rating to good.',
        'It changed the rating to a new scale',
      ],
    },
  ),
];
