// Papers and news giving several areas one grade, or a grade in brackets after its area: "‘A’ and ‘B’
// were both rated as inadequate", "rated the service’s ‘A’ and ‘B’ as outstanding", "awarded the
// council outstanding in all areas except “X”, which it found to be “good”", "the adoption service is
// outstanding, as is leadership and governance", "In all five areas of judgement, the inspector
// found that the service “requires improvement to be good”".
// Read only outside Ofsted's own reports.
import { AREA_REACH, LIST_REACH, matchesNearGrades, type Reach } from './anchor-index';
import { areaKeyOf } from './areas';
import { normaliseGrade } from './grades';
import { closingQuote } from './grade-from-to';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { AREA_OK, G, Q, QQ, aimOrCount, otherProvider, rule } from './news-shared';

const S = '\\s{1,20}';
// One quoted area, then one to five more after a comma or "and".
const ITEM = `[‘“"'][^‘“"\\n]{3,120}?[’”"']`;
const QUOTED_LIST = `(${ITEM}(?:(?:,${S}|,?${S}and${S})${ITEM}){1,5})`;

/** "‘A’ and ‘B’ were both rated as Inadequate". Groups: 1 areas, 2 grade. */
const LIST_WERE_RATED = new RegExp(
  `${QUOTED_LIST}${S}(?:were|are|have${S}been)${S}(?:both${S}|all${S})?(?:rated|judged|graded|found)${S}(?:as${S}|to${S}be${S})?${Q}${G}`,
  'gi',
);

/** "rated the service’s ‘A’ and ‘B’ as outstanding". Groups: 1 areas, 2 grade. */
const RATED_LIST_AS = new RegExp(
  `\\b(?:rated|judged|graded)${S}(?:(?:the|its|their)${S}[^‘“"\\n]{0,60}?${S})?${QUOTED_LIST}${S}(?:as|to${S}be)${S}${Q}${G}`,
  'gi',
);

/** "awarded the council outstanding in all areas except …". Groups: 1 grade. */
const ALL_EXCEPT = new RegExp(
  `\\b(?:awarded|rated|judged|graded|found)${S}(?:(?:the${S}(?:local${S}authority|authority|council|service|services|department)|it|them)${S})?(?:as${S}|to${S}be${S})?${Q}${G}${Q}` +
    `${S}(?:in|across|for)${S}(?:all|every)${S}(?:areas?|judge?ments?|categor(?:y|ies))${S}(?:except|apart${S}from|but|bar|other${S}than)\\b`,
  'gi',
);

/** "“the experiences of care leavers”, which it found to be “good”". Groups: 1 the quoted area, 2 grade. */
const WHICH_FOUND = new RegExp(
  `[‘“"]([^‘“"\\n]{3,160}?)[’”"'],${S}which${S}(?:it|they|inspectors|Ofsted|the${S}inspectorate)${S}(?:found|judged|rated|graded|deemed|considered)${S}(?:to${S}be${S}|as${S})?${Q}${G}`,
  'gi',
);

/** "is outstanding, as is leadership and governance". Groups: 1 grade, 2 the second area. */
const AS_IS = new RegExp(`${Q}${G}${Q},${S}as${S}(?:is|are|was|were)${S}((?:the${S})?[^.;:,\\n]{3,120}?)(?=[.;:,\\n]|$)`, 'gi');

/** "In all five areas of judgement, HMI summarised that the service “requires improvement to be good”". Groups: 1 grade. */
const IN_ALL_AREAS = new RegExp(
  `\\bIn${S}(?:all|each|every)${S}(?:(?:two|three|four|five|six|seven|[2-7])${S})?(?:of${S}the${S})?(?:areas?|judge?ments?|categor(?:y|ies)|domains?)(?:${S}of${S}(?:the${S})?(?:judge?ment|inspection))?(?!${S}(?:except|apart|but|bar|other)\\b),?` +
    `${S}[^.;\\n]{0,120}?\\b(?:judged|rated|graded|found|summari[sz]ed|concluded|assessed|stated)\\b[^.;\\n]{0,80}?${QQ}${G}`,
  'gi',
);

type Make = (m: RegExpExecArray, text: string) => Partial<RawJudgement> | null;

function scanOne(id: string, re: RegExp, make: Make, reach: Reach = AREA_REACH) {
  return (text: string): RawJudgement[] => {
    const out: RawJudgement[] = [];
    for (const m of matchesNearGrades(text, re, reach)) {
      if (aimOrCount(text, m.index) || otherProvider(text, m.index)) continue;
      const made = make(m, text);
      if (!made) continue;
      const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
      out.push({ ruleId: id, area: 'overall', areaKey: 'overall', grade: '', start: m.index, end, prose: true, ...made });
    }
    return out;
  };
}

const areaOf = (area: string) => {
  const clean = area.replace(/\s+/g, ' ').trim();
  return AREA_OK.test(clean) ? { area: clean, areaKey: areaKeyOf(clean) } : null;
};
const last = (m: RegExpExecArray) => normaliseGrade(m.slice(1).filter(Boolean).pop()!);

export const severalAreaRules: JudgementRule[] = [
  rule(
    'list-were-rated',
    '"‘A’ and ‘B’ were both rated as inadequate"',
    scanOne('list-were-rated', LIST_WERE_RATED, (m) => {
      const area = areaOf(m[1]!);
      return area && { ...area, grade: normaliseGrade(m[2]!) };
    }),
    {
      match: ['‘Children who need help and protection’ and ‘leadership and management’ were both rated as Inadequate.'],
      miss: ['‘Fish’ and ‘chips’ were both rated as good.'],
    },
  ),
  rule(
    'rated-list-as',
    '"rated the service’s ‘A’ and ‘B’ as outstanding"',
    scanOne('rated-list-as', RATED_LIST_AS, (m) => {
      const area = areaOf(m[1]!);
      return area && { ...area, grade: normaliseGrade(m[2]!) };
    }),
    {
      match: ['Ofsted rated the service’s ‘impact of leaders’ and ‘experiences of care leavers’ as outstanding.'],
      miss: ['Diners rated the ‘fish’ and ‘chips’ as good.'],
    },
  ),
  rule(
    'all-areas-except',
    '"awarded the council outstanding in all areas except …"',
    scanOne('all-areas-except', ALL_EXCEPT, (m) => ({ area: 'all areas but one', grade: last(m) })),
    {
      match: ['Ofsted awarded the council outstanding in all areas except “the experiences of care leavers”'],
      miss: ['awarded the council a prize in all areas except one'],
    },
  ),
  rule(
    'which-it-found',
    '"“X”, which it found to be “good”": the area is the quoted one before',
    scanOne('which-it-found', WHICH_FOUND, (m) => {
      const area = areaOf(m[1]!);
      return area && { ...area, grade: normaliseGrade(m[2]!), start: m.index + m[0].search(/which/i) };
    }),
    {
      match: ['except “the experiences of care leavers”, which it found to be “good”'],
      miss: ['“the car park”, which they found to be good'],
    },
  ),
  rule(
    'as-is-area',
    '"… is outstanding, as is leadership and governance": the second area',
    scanOne('as-is-area', AS_IS, (m, text) => {
      const area = areaOf(m[2]!);
      const lead = text.slice(Math.max(0, m.index - 120), m.index);
      return area && AREA_OK.test(lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n')) + 1))
        ? { ...area, grade: normaliseGrade(m[1]!), start: m.index + m[0].search(/as\s/i) }
        : null;
    }),
    {
      match: ['Inspectors said the adoption service is outstanding, as is leadership and governance.'],
      miss: ['The food is good, as is the weather.', 'The food is good, as is leadership.'],
    },
  ),
  rule(
    'in-all-areas-found',
    '"In all five areas of judgement, the inspector found that the service “requires improvement to be good”"',
    scanOne(
      'in-all-areas-found',
      IN_ALL_AREAS, // A sentence's opening "In", not "rated good in all areas except".
      (m) => (m[0].startsWith('In') ? { area: 'all areas', allAreas: true, grade: last(m) } : null),
      LIST_REACH,
    ),
    {
      match: ['In all five areas of judgement, HM Inspector summarised that the service “requires improvement to be good”.'],
      miss: ['In all areas, some practice is good.', 'In all areas, staff said the food was “good”.'],
    },
  ),
];
