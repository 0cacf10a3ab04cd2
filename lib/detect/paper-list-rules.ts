// Papers and news giving several areas one grade, a second grade in the same sentence, or grades
// counted for one council: "Help and protection, children in care and leadership were all judged
// inadequate", "rated … as inadequate in four areas and requiring improvement in another",
// "inspectors awarded the council nine “outstanding” grades out of 22 categories", "first judged them
// ‘inadequate’ in 2013, then again in 2015". Read only outside Ofsted's own reports.
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import { areaKeyOf, type AreaKey } from './areas';
import { normaliseGrade } from './grades';
import { closingQuote } from './grade-from-to';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { AREA_OK, G, Q, aimOrCount, otherProvider, rule } from './news-shared';
import { sentenceAround } from './text-util';

const S = '\\s{1,20}';
const NUM = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const JUDGING = '(?:judged|rated|graded|found|assessed|deemed|considered)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `((?:${MONTH}${S})?(?:19|20)\\d\\d)`;

/**
 * "A, B and C were (all) judged inadequate". Groups: 1 the list, 2 the grade. The list starts at a
 * clause's start only (the lookbehind), so each start costs at most one scan of 300 characters.
 */
const LIST_ONE_GRADE = new RegExp(
  `(?:^|(?<=[.!?;:\\n\\t]["'’”)]?))\\s{0,20}([^.;:\\n\\t]{5,300}?)(?<=\\S)${S}(?:[–—-]${S})?(?:were|are|have${S}been|had${S}been)(?:${S}(?:all|both|each|also|again|then))*` +
    `${S}(?:${JUDGING}${S}(?:as${S}|to${S}be${S}|to(?=${S}requir))?)?${Q}${G}(?=["'’”]?(?:\\s{0,20}[.,;:)]|\\s{0,20}$|${S}(?:overall|by|in|at|and|but|when|after|following)\\b))`,
  'gi',
);

/**
 * A second grade after "and" or "but" for another area or a count of areas: "… and requiring
 * improvement in another", "… but good for adoption". Groups: 1 the grade, 2 the area or count.
 */
const SECOND_GRADE = new RegExp(
  `(?:,?${S}(?:and|but|while|whilst|yet)${S})(?:(?:was|were|is|are|being)${S})?(?:${JUDGING}${S})?(?:as${S}|to${S}be${S})?${Q}${G}${Q}${S}(?:in|for)${S}` +
    `(another(?:${S}(?:area|one))?|the${S}(?:other|remaining)(?:${S}\\w+)?(?:${S}(?:areas?|categor(?:y|ies)|judge?ments?))?|${NUM}${S}(?:other${S})?(?:areas?|categor(?:y|ies)|judge?ments?|others?)|[^.;,\\n\\t]{3,120})`,
  'gi',
);
const COUNTED = /^(?:another|the\s+(?:other|remaining)|\w+\s+(?:other\s+)?(?:areas?|categor|judge?ments?|others?))/i;

/** "awarded the council nine “outstanding” grades out of 22 categories". Groups: 1 the grade. */
const COUNT_OF_GRADES = new RegExp(
  `\\b(?:gave|given|gives?|received|receives?|awarded|scored|achieved|earned|got|secured|won)${S}(?:(?:the|an?)${S}(?:council|authority|local${S}authority|service|department|county)${S})?` +
    `${NUM}${S}${Q}${G}${Q}${S}(?:assessments|judge?ments|ratings|grades|gradings)\\b(?:${S}(?:out${S})?of${S}(?:the${S})?${NUM}(?:${S}(?:categories|areas|judge?ments))?)?`,
  'gi',
);

/** "first judged them ‘inadequate’ in 2013, then again in 2015". Groups: 1 the grade, 2 its first date, 3 the second. */
const AGAIN_IN = new RegExp(
  `${Q}${G}${Q}${S}in${S}${DATE},?${S}(?:and${S})?(?:then${S})?(?:once${S})?again${S}in${S}${DATE}`,
  'gi',
);
const JUDGED_BEFORE = new RegExp(`\\b${JUDGING}\\b[^.;!?]{0,60}$`, 'i');

// One list item: an area phrase between commas, "and", dashes or quotation marks.
const ITEM_SPLIT = /\s*(?:,|;|\band\b|[–—]|\bas\s+well\s+as\b)\s*/i;
const ITEM_AREA =
  /help and protection|looked[ -]after|children in care|care leavers?|leaving care|adoption|fostering|leadership|leaders|overall effectiveness|\bLSCB\b|safeguarding children board/i;

/**
 * The areas a list names, as one area: its text and the key they share ("other" when they differ),
 * or null when fewer than two items name an area. One mention per list: one span holds one grade.
 */
function listArea(list: string): { key: AreaKey; area: string } | null {
  const items = list
    .split(ITEM_SPLIT)
    .map((i) => i.replace(/["'‘’“”]/g, '').trim())
    .filter((i) => ITEM_AREA.test(i));
  if (items.length < 2) return null;
  const keys = new Set(items.map((i) => areaKeyOf(i)));
  return { key: keys.size === 1 ? [...keys][0]! : 'other', area: items.join('; ') };
}

const judgement = (
  id: string,
  text: string,
  start: number,
  end: number,
  grade: string,
  area: string,
  areaKey: AreaKey,
): RawJudgement => ({
  ruleId: id,
  area,
  areaKey,
  grade: normaliseGrade(grade),
  start,
  end: end + closingQuote(text, end),
  prose: true,
});

function findListOneGrade(text: string): RawJudgement[] {
  return matchesNearGrades(text, LIST_ONE_GRADE, AREA_REACH).flatMap((m) => {
    // The list's own test first: most clauses ("services were rated as good") list no areas.
    const a = listArea(m[1]!);
    if (!a) return [];
    const lead = m[0].indexOf(m[1]!);
    if (aimOrCount(text, m.index + lead) || otherProvider(text, m.index + m[0].length)) return [];
    return [judgement('areas-list-one-grade', text, m.index + lead, m.index + m[0].length, m[2]!, a.area, a.key)];
  });
}

function findSecondGrade(text: string): RawJudgement[] {
  return matchesNearGrades(text, SECOND_GRADE, AREA_REACH).flatMap((m) => {
    const tail = m[2]!.trim();
    const counted = COUNTED.test(tail);
    if (!counted && !AREA_OK.test(tail)) return [];
    // The first grade: a judging verb and a grade word earlier in the same sentence.
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    const before = text.slice(sentence.start, m.index);
    if (!new RegExp(`\\b${JUDGING}\\b[^]*?${G}`, 'i').test(before) || aimOrCount(text, m.index) || otherProvider(text, m.index))
      return [];
    const start = m.index + /^,?\s*(?:and|but|while|whilst|yet)\s+/i.exec(m[0])![0].length;
    const area = counted ? tail : tail.replace(/\s+/g, ' ');
    return [
      judgement('second-grade-coordinated', text, start, m.index + m[0].length, m[1]!, area, counted ? 'other' : areaKeyOf(area)),
    ];
  });
}

function findCountOfGrades(text: string): RawJudgement[] {
  return matchesNearGrades(text, COUNT_OF_GRADES, AREA_REACH).flatMap((m) =>
    aimOrCount(text, m.index) || otherProvider(text, m.index + m[0].length)
      ? []
      : [judgement('count-of-grades', text, m.index, m.index + m[0].length, m[1]!, 'several areas', 'other')],
  );
}

function findAgainIn(text: string): RawJudgement[] {
  return matchesNearGrades(text, AGAIN_IN, AREA_REACH).flatMap((m) => {
    if (!JUDGED_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) || aimOrCount(text, m.index)) return [];
    const at = m.index + m[0].search(/,?\s*(?:and\s+)?(?:then\s+)?(?:once\s+)?again\b/i);
    const start = at + /^,?\s*/.exec(text.slice(at, at + 4))![0].length;
    return [
      {
        ...judgement('again-in-date', text, start, m.index + m[0].length, m[1]!, 'overall', 'overall'),
        dated: m[3]!.replace(/\s+/g, ' '),
      },
    ];
  });
}

export const paperListRules: JudgementRule[] = [
  rule('areas-list-one-grade', 'Several areas listed, then one grade for them all', findListOneGrade, {
    match: [
      'Help and protection, children in care and leadership were all judged inadequate.',
      'Adoption and care leavers were both rated good.',
      'Individual aspects of the service – children who need help and protection, “looked after” children and the experience of care leavers – were all rated as “requires improvement”.',
    ],
    miss: [
      'The cakes, scones and tea were all rated good.',
      'Staff and leadership were all good at listening.',
      'Adoption was rated good.',
    ],
  }),
  rule(
    'second-grade-coordinated',
    'A second grade in the sentence of a first, for another area or a count of areas',
    findSecondGrade,
    {
      match: [
        'Ofsted rated the council’s children’s social care as inadequate in four areas and requiring improvement in another.',
        'The service was judged inadequate overall but good for adoption.',
        'Inspectors rated it good in three areas and outstanding in the other.',
      ],
      miss: [
        'The service was judged inadequate and good practice was rare.',
        'The cafe was busy and good for families.',
        'The service was judged inadequate and good for the town.',
      ],
    },
  ),
  rule('count-of-grades', 'Grades counted for one council: "awarded the council nine “outstanding” grades"', findCountOfGrades, {
    match: [
      'Inspectors awarded the council nine “outstanding” grades out of 22 categories.',
      'Anyshire received three ‘outstanding’ judgements.',
    ],
    miss: ['Nine councils received outstanding grades.', 'Pupils achieved nine good grades.', 'Staff gave two good reasons.'],
  }),
  rule('again-in-date', 'The same grade given again: "judged them ‘inadequate’ in 2013, then again in 2015"', findAgainIn, {
    match: ['Ofsted first judged them "inadequate" in 2013, then again in 2015.', 'rated good in 2014 and again in 2018'],
    miss: ['It was a good year in 2013, then again in 2015.'],
  }),
];
