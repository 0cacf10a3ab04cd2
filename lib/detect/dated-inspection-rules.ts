// Earlier inspections named with their date and what they judged, in one sentence:
// "An inspection of safeguarding and looked after children in March 2012 judged services for looked
// after children as adequate and safeguarding as inadequate." (SIF summaries, council papers.)
import { AREA_REACH, LONG_REACH, matchesNearGrades } from './anchor-index';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { NOT_INSPECTED_AREA, earlierAreasOf } from './earlier-areas';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `((?:${MONTH}\\s+)?(?:19|20)\\d\\d)`;

// White space between words: at most one line break, read one way only, so a long blank run
// after "inspection" costs one look, not a backtrack through the run.
const H = '[^\\S\\n]';
const WS = `(?:${H}+(?:\\n${H}*)?|\\n${H}*)`;
const DATE_WS = `((?:${MONTH}${WS})?(?:19|20)\\d\\d)`;
// A lazy phrase between two runs of white space starts and ends on a visible character, so a blank
// run is always the white space's, never shared with the phrase (which made every split of a long
// run after "inspection of" a separate try: 2.4 s for 2,000 spaces).
const visiblePhrase = (not: string, min: number, max: number) => `([^\\s${not}][^${not}]{${min - 2},${max - 2}}?[^\\s${not}])`;
const INSPECTION_JUDGED = new RegExp(
  `\\binspections?(?:${WS}of${WS}${visiblePhrase('.\\t', 3, 160)})?,?${WS}in${WS}${DATE_WS}(?:${WS}and${WS}((?:19|20)\\d\\d))?,?` +
    `${WS}(?:(?:which|that)${WS})?(?:found|judged|rated|continued${WS}to${WS}judge)${WS}${visiblePhrase('.;\\t', 2, 120)}${WS}(?:(?:to${WS}be|as)${WS})?${Q}${G}${Q}`,
  'g',
);
const AND_CLAUSE = new RegExp(`^(?:,\\s+with|,?\\s+and)\\s+([^.;,]{3,80}?)\\s+(?:judged\\s+)?(?:to\\s+be|as)\\s+${Q}${G}`, 'i');
const AREA_OR_SERVICE =
  /safeguard|protection|looked after|in care|care leavers|adopt|fostering|services|local authority|council/i;
// "which found services for children inadequate": services in general, named by what was inspected.
const GENERIC_OBJECT =
  /^(?:the\s+)?(?:services(?:\s+for\s+children(?:\s+and\s+(?:young\s+people|families))?)?|the local authority|it|them|these services)$/i;

function findInspectionJudged(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, INSPECTION_JUDGED, LONG_REACH)) {
    const object = m[4]!.replace(/^both\s+/i, '').trim();
    // "The Safeguarding and Looked after Children (SLAC) inspection": the areas may come before the word.
    const lead = /([A-Z][\w ()]{2,80})\s+$/.exec(text.slice(Math.max(0, m.index - 82), m.index))?.[1] ?? '';
    const named = GENERIC_OBJECT.test(object) ? `${lead} ${m[1] ?? ''}` : object;
    if (!AREA_OR_SERVICE.test(named) || NOT_INSPECTED_AREA.test(named)) continue;
    const start = lead && GENERIC_OBJECT.test(object) ? m.index - lead.length - 1 : m.index;
    let end = m.index + m[0].length;
    const parts = earlierAreasOf(named).map((a) => ({ ...a, grade: normaliseGrade(m[5]!) }));
    const tail = AND_CLAUSE.exec(text.slice(end, end + 120));
    if (tail) {
      parts.push(...earlierAreasOf(tail[1]!).map((a) => ({ ...a, grade: normaliseGrade(tail[2]!) })));
      end += tail[0].length;
    }
    for (const date of [m[2]!, m[3]].filter((d): d is string => !!d))
      for (const p of parts)
        out.push({
          ruleId: 'inspection-in-date-judged',
          area: p.area,
          areaKey: p.key,
          grade: p.grade,
          start,
          end,
          prose: true,
          inspection: date.replace(/\s+/g, ' '),
        });
  }
  return out;
}

const AREA_PHRASE =
  '(safeguarding(?:\\s+children)?|looked\\s+after\\s+children|children\\s+looked\\s+after|overall\\s+effectiveness)';
const OFSTED_JUDGED_FOR = new RegExp(
  `\\bOfsted\\s+(?:judged|rated|found)\\s+(?:the\\s+local\\s+authority|the\\s+council|services|[A-Z][\\w ]{2,40}?)\\s+(?:to\\s+be|as)\\s+${Q}${G}${Q}\\s+for\\s+${AREA_PHRASE}` +
    `(?:,?\\s+and\\s+${Q}${G}${Q}\\s+for\\s+${AREA_PHRASE})?\\s+in\\s+${DATE}`,
  'gi',
);

function findOfstedJudgedFor(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, OFSTED_JUDGED_FOR, AREA_REACH)) {
    const pairs: [string, string][] = [[m[1]!, m[2]!]];
    if (m[3] && m[4]) pairs.push([m[3], m[4]]);
    for (const [grade, phrase] of pairs)
      for (const a of earlierAreasOf(phrase))
        out.push({
          ruleId: 'ofsted-judged-for',
          area: /overall/i.test(phrase) ? 'overall' : a.area,
          areaKey: /overall/i.test(phrase) ? 'overall' : a.key,
          grade: normaliseGrade(grade),
          start: m.index,
          end: m.index + m[0].length,
          prose: true,
          inspection: m[5]!.replace(/\s+/g, ' '),
        });
  }
  return out;
}

export const datedInspectionRules: JudgementRule[] = [
  {
    id: 'inspection-in-date-judged',
    note: 'An inspection named with its date and what it judged, with an optional second "and X as G" clause',
    source: 'SIF summaries of the inspection history; council papers',
    find: findInspectionJudged,
    examples: {
      match: [
        'An inspection of safeguarding and looked after children in March 2012 judged services for looked after children as adequate and safeguarding as inadequate.',
        'Ofsted’s inspection of services for looked after children in February 2010 found services to be adequate, with safeguarding arrangements for children judged to be inadequate.',
        'The Safeguarding and Looked after Children (SLAC) inspection, in October 2010, judged both safeguarding and looked after children’s services to be inadequate.',
        'Following an inspection of safeguarding and looked after children in 2011, which found services for children adequate, the council improved.',
        'Subsequent inspections of children in need of help and protection in 2012 and 2013 continued to judge services for the protection of children to be inadequate.',
      ],
      miss: [
        'The inspection in March 2012 found staff to be good listeners.',
        'An inspection of the council’s children’s homes in 2012, which found them good, was published.',
      ],
    },
  },
  {
    id: 'ofsted-judged-for',
    note: '"Ofsted judged the local authority as outstanding for safeguarding and good for children looked after in 2012"',
    source: 'SIF summaries; council papers',
    find: findOfstedJudgedFor,
    examples: {
      match: [
        'since Ofsted judged the local authority as outstanding for safeguarding and good for children looked after in 2012.',
      ],
      miss: ['Ofsted judged the local authority as good for its size in 2012.'],
    },
  },
];
