// A journey between grades told as dated steps, with no verb of movement: "from inadequacy in 2012, to
// ‘requires improvement’ in 2014, onto ‘outstanding’ in 2018 and now ‘outstanding’ again in 2023".
// Each dated step is an earlier inspection's grade, dated; a step "now" is the discussed inspection's.
// Source: council blogs and news items retelling an authority's history. Read only outside Ofsted's reports.
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { matchesStartingWith } from './needed-words';
import { Q, aimOrCount, rule } from './news-shared';
import { DATE, S } from './clause-shape';

// "inadequacy": the grade's noun, in this shape only.
const STEP_GRADE = `(${GRADE_SOURCE}|inadequacy)`;
/** The first step. Groups: 1 grade, 2 date. */
const FIRST = new RegExp(`\\bfrom${S}${Q}${STEP_GRADE}${Q}${S}in${S}${DATE}\\b`, 'gi');
/** A later step, read from where the last ended. Groups: 1 "now" or not, 2 grade, 3 date. */
const STEP = new RegExp(
  `,?${S}(?:and${S})?(now|then|onto|to|into)${S}(?:be${S})?${Q}${STEP_GRADE}${Q}(?:${S}again)?(?:${S}in${S}${DATE}\\b(?![-–/]\\d))?`,
  'iy',
);

const gradeOf = (word: string) => (/^inadequacy$/i.test(word) ? 'inadequate' : normaliseGrade(word));

function findJourneys(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesStartingWith(text, FIRST, 'from')) {
    if (aimOrCount(text, m.index)) continue;
    const steps: RawJudgement[] = [];
    const add = (start: number, end: number, grade: string, date: string | undefined) =>
      steps.push({
        ruleId: 'dated-journey',
        area: 'overall',
        areaKey: 'overall',
        grade: gradeOf(grade),
        start,
        end,
        prose: true,
        ...(date ? { dated: date.replace(/\s+/g, ' ') } : { current: true }),
      });
    add(m.index, m.index + m[0].length, m[1]!, m[2]!);
    STEP.lastIndex = m.index + m[0].length;
    for (let s = STEP.exec(text); s && steps.length < 6; s = STEP.exec(text)) {
      const now = /^now$/i.test(s[1]!);
      if (!now && !s[3]) break;
      add(s.index + s[0].search(/[^,\s]/), s.index + s[0].length, s[2]!, now ? undefined : s[3]);
      if (now) break;
    }
    if (steps.length > 1) out.push(...steps);
  }
  return out;
}

export const datedJourneyRules: JudgementRule[] = [
  rule(
    'dated-journey',
    'A journey between grades told as dated steps: "from inadequacy in 2012, to ‘good’ in 2016"',
    findJourneys,
    {
      match: [
        'a journey: from inadequacy in 2012, to ‘requires improvement’ in 2014, onto ‘outstanding’ in 2018',
        'from ‘inadequate’ in 2013 to ‘good’ in March 2018',
      ],
      miss: ['moved from one directorate in 2013 to another in 2015', 'from ‘inadequate’ in 2013 and staff left'],
    },
  ),
];
