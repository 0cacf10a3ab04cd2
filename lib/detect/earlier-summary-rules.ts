// Earlier-inspection grades as SIF and ILACS reports summarise them in prose, each shape with the
// date the text gives it: "All of the judgements were X, with adoption judged to be Y" (dated by the
// sentence before), "By 2013, inspections of child protection … found services had improved to
// adequate", "the previous ‘adequate’ inspection judgement for safeguarding … in 2011", "a judgement
// of adequate at a child protection inspection in 2013".
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { NOT_INSPECTED_AREA, earlierAreasOf, type EarlierArea } from './earlier-areas';
import { areasOfYear } from './framework-areas';
import { yearOf } from './text-util';

const Q = `["'‘’“”]?`;
// "requires improvements to be good" (a typo in a real report) before the usual grade words, so the longer reading wins.
const G = `(requires?\\s+improvements\\s+to\\s+be\\s+good|${GRADE_SOURCE})`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `((?:${MONTH}\\s+)?(?:19|20)\\d\\d)`;
const JUDGED = '(?:(?:judged|rated|found|graded)\\s+)?(?:to\\s+be\\s+|as\\s+)?';

const ALL_JUDGEMENTS = new RegExp(
  `\\bAll\\s+(?:of\\s+)?(?:the|its|their)\\s+(?:inspection\\s+)?judgements\\s+(?:were|was)\\s+${JUDGED}${Q}${G}${Q}` +
    `(?:,?\\s+(?:with|except(?:\\s+for)?|apart\\s+from|other\\s+than|but)\\s+(?:the\\s+)?([a-z][^.;,\\n]{2,60}?)\\s+(?:(?:which\\s+)?(?:was|were|being)\\s+)?${JUDGED}${Q}${G})?`,
  'gi',
);
// The sentence before dates the inspection: "The last full inspection was in August 2015."
const DATED_BEFORE = new RegExp(
  `\\b(?:last|previous|most\\s+recent)\\s+(?:full\\s+|standard\\s+)?(?:Ofsted\\s+)?inspection\\s+(?:was|took\\s+place)\\s+in\\s+${DATE}\\.\\s*$`,
  'i',
);

// Every match holds "judgements" (anchor-index.ts Reach.needs).
const ALL_JUDGEMENTS_REACH = { ...AREA_REACH, needs: ['judgements'] };

function findAllJudgements(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, ALL_JUDGEMENTS, ALL_JUDGEMENTS_REACH)) {
    const dated = DATED_BEFORE.exec(text.slice(Math.max(0, m.index - 160), m.index));
    if (!dated) continue;
    const date = dated[1]!.replace(/\s+/g, ' ');
    const except: (EarlierArea & { grade: string })[] =
      m[2] && m[3] && !NOT_INSPECTED_AREA.test(m[2])
        ? earlierAreasOf(m[2])
            .filter((a) => a.key !== 'overall')
            .map((a) => ({ ...a, grade: normaliseGrade(m[3]!) }))
        : [];
    const rest = areasOfYear(yearOf(date))
      .filter((key) => !except.some((a) => a.key === key))
      .map((key) => ({ area: key, key, grade: normaliseGrade(m[1]!) }));
    const end = m.index + m[0].length;
    for (const a of [...rest, ...except])
      out.push({
        ruleId: 'all-judgements-were',
        area: a.area,
        areaKey: a.key,
        grade: a.grade,
        start: m.index,
        end,
        prose: true,
        inspection: date,
      });
  }
  return out;
}

const CONNECT = '(?:(?:to\\s+be|as|(?:had\\s+)?improved\\s+to|(?:were|was)(?:\\s+still)?|had\\s+been|remained)\\s+)?';
/** "By 2013, inspections of child protection and children looked after found services had improved to adequate" */
const DATE_FIRST = new RegExp(
  `\\b(?:By|In)\\s+${DATE},?\\s+(?:an?\\s+|the\\s+)?(?:(?:further|subsequent|Ofsted)\\s+)*inspections?\\s+of\\s+([^.;\\t]{3,120}?)(?<=\\S)\\s+(?:found|judged|rated)\\s+` +
    `(?:the\\s+)?(?:services|local\\s+authority|council|them|it)\\s+${CONNECT}${Q}${G}`,
  'gi',
);
/** "the previous ‘adequate’ inspection judgement for safeguarding and child protection in 2011" */
const PREVIOUS_GRADE_FOR = new RegExp(
  `\\b(?:the|its|Ofsted[’']s)\\s+(?:previous|last|earlier|most\\s+recent)\\s+${Q}${G}${Q}\\s+(?:(?:Ofsted|inspection)\\s+)?(?:judgement|rating|grade|outcome)\\s+(?:for|of|on)\\s+([^.;,\\t]{3,80}?)(?<=\\S)\\s+in\\s+${DATE}`,
  'gi',
);
/** "a judgement of adequate at a child protection inspection in 2013" */
const JUDGEMENT_AT = new RegExp(
  `\\b(?:an?|the)\\s+(?:judgement|rating|grade)\\s+of\\s+${Q}${G}${Q}\\s+(?:at|in|from|following)\\s+(?:an?|the|its)\\s+([^.;,\\t]{3,60}?)(?<=\\S)\\s+inspection\\s+in\\s+${DATE}`,
  'gi',
);

/** Matches of `re` with the grade, the inspected area's phrase and the date in groups `g`, `a`, `d`: one judgement per named area.
 * `needs`: words one of which every match holds (anchor-index.ts Reach.needs). */
function areaDated(id: string, re: RegExp, g: number, a: number, d: number, needs: string[]) {
  const reach = { ...AREA_REACH, needs };
  return (text: string): RawJudgement[] =>
    matchesNearGrades(text, re, reach).flatMap((m) => {
      if (NOT_INSPECTED_AREA.test(m[a]!)) return [];
      const areas = earlierAreasOf(m[a]!);
      // An unnamed area ("at the last full inspection") is left to the rules that read the whole service.
      if (id !== 'inspections-of-found' && areas.every((x) => x.key === 'overall')) return [];
      return areas.map((x) => ({
        ruleId: id,
        area: x.area,
        areaKey: x.key,
        grade: normaliseGrade(m[g]!),
        start: m.index,
        end: m.index + m[0].length,
        prose: true,
        inspection: m[d]!.replace(/\s+/g, ' '),
      }));
    });
}

export const earlierSummaryRules: JudgementRule[] = [
  {
    id: 'all-judgements-were',
    note: 'Every area of that framework one grade, one named area another; dated by the sentence before',
    source: 'ILACS reports 2018–22 on the SIF inspection before them',
    find: findAllJudgements,
    examples: {
      match: [
        'The last full inspection was in May 2016. All of the judgements were requires improvement to be good, with adoption judged to be good.',
      ],
      miss: [
        'The last full inspection was in May 2016. All of the children’s homes were judged to be good.',
        'All of the judgements were good.',
      ],
    },
  },
  {
    id: 'inspections-of-found',
    note: 'The date first, then the inspections and what they found',
    source: 'SIF executive summaries',
    find: areaDated('inspections-of-found', DATE_FIRST, 3, 2, 1, ['inspection']),
    examples: {
      match: ['By 2014, inspections of child protection and looked after children found services had improved to good.'],
      miss: ['By 2014, inspections of schools in the area found teaching had improved to good.'],
    },
  },
  {
    id: 'previous-grade-judgement-for',
    note: 'The grade on the word judgement, the area after it',
    source: 'SIF executive summaries',
    find: areaDated('previous-grade-judgement-for', PREVIOUS_GRADE_FOR, 1, 2, 3, ['previous', 'last', 'earlier', 'recent']),
    examples: {
      match: ['Since the previous ‘good’ inspection judgement for looked after children in 2012, services have declined.'],
      miss: ['Since the previous ‘good’ inspection judgement for the home in 2012, staff have changed.'],
    },
  },
  {
    id: 'judgement-of-at-inspection',
    note: '"a judgement of G at an <area> inspection in <date>"',
    source: 'SIF executive summaries',
    find: areaDated('judgement-of-at-inspection', JUDGEMENT_AT, 1, 2, 3, ['judgement', 'rating', 'grade']),
    examples: {
      match: ['This led to a judgement of inadequate at a safeguarding inspection in 2010.'],
      miss: ['This led to a judgement of good at a children’s home inspection in 2013.'],
    },
  },
];
