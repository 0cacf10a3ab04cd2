// Press analyses that count authorities with a grade and then name them: "Of the 10 authorities
// inspected this year with an outstanding rating, six – Dorset, Durham, … and York – improved". A
// count alone is a distractor (GUIDELINES.md: counts across many authorities); the names after it make
// it a grade of identifiable authorities. Read only outside Ofsted's own reports, like the other news
// rules (news-area-rules.ts lists them).
import { matchesNearGrades, type Reach } from './anchor-index';
import { normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { G_ANY_CASE, Q, rule } from './news-shared';
import { PAST_MARKER } from './past-context';

const S = '\\s{1,20}';
// An authority's name: one to four capitalised words ("Richmond", "West Sussex"; a name with "and" in it reads as two).
const NAME = "[A-Z][\\w’'-]{1,20}(?:[ \\t]{1,4}[A-Z][\\w’'-]{1,20}){0,3}";
const NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';

/**
 * "with an outstanding rating, six – A, B, C and D", "rated good, three: A, B and C": the grade, a
 * number, a dash or colon, then at least three names joined by commas and "and". Groups: 1 or 2 grade, 3 names.
 */
const GRADE_THEN_NAMES = new RegExp(
  `(?:\\bwith${S}an?${S}${Q}${G_ANY_CASE}${Q}${S}(?:rating|judge?ment|grade)|\\b(?:rated|judged|graded)${S}(?:as${S})?${Q}${G_ANY_CASE}${Q})` +
    `,?${S}${NUMBER}\\s{0,20}[-–—:]${S}(${NAME}(?:,${S}${NAME}){1,8},?${S}and${S}${NAME})`,
  'g',
);

/** "five of these authorities were previously rated good": the named authorities' grade, read only just after their names. Groups: 1 grade. */
/** "with an" or "rated as" before the grade; after it, the noun, the number and up to ten names of up to 83 characters. */
const NAMES_REACH: Reach = { before: 60, after: 900 };

const THESE_RATED = new RegExp(
  `\\b${NUMBER}${S}of${S}(?:these|those|them)(?:${S}(?:authorities|councils|areas))?${S}(?:were|was|had${S}been|have${S}been)${S}(?:previously${S})?(?:rated|judged|graded)${S}(?:as${S})?${Q}${G_ANY_CASE}`,
  'gi',
);
const THESE_REACH = 400;

/** The grades of the authorities named after a count, then of "N of these" in the 400 characters after the names. */
function findNamedCount(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, GRADE_THEN_NAMES, NAMES_REACH)) {
    // The clause before the grade names the time: "with an outstanding rating" is now, "previously rated good" is not.
    const lead = text.slice(Math.max(0, m.index - 160), m.index);
    const clause = lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n')) + 1);
    out.push({
      ruleId: 'count-then-names',
      area: m[3]!.replace(/\s+/g, ' '),
      areaKey: 'overall',
      grade: normaliseGrade(m[1] ?? m[2]!),
      start: m.index,
      end: m.index + m[0].length,
      prose: true,
      ...(PAST_MARKER.test(clause + m[0]) ? {} : { current: true }),
    });
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + THESE_REACH);
    for (const t of after.matchAll(THESE_RATED)) {
      const start = m.index + m[0].length + t.index;
      const area = 'the authorities named before';
      out.push({
        ruleId: 'count-then-names',
        area,
        areaKey: 'overall',
        grade: normaliseGrade(t[1]!),
        start,
        end: start + t[0].length,
        prose: true,
      });
    }
  }
  return out;
}

export const namedCountRules: JudgementRule[] = [
  rule('count-then-names', 'A count of authorities with a grade, then their names', findNamedCount, {
    match: [
      'Of the 10 authorities inspected this year with an outstanding rating, six - Dorset, Durham, Richmond, Shropshire, Walsall and York - improved.',
      'Of the councils rated ‘good’, three: Anyshire, Borsetshire and Wessex, were new to the grade.',
      'Of those with a good rating, four – Anyshire, Borsetshire, Midsomer and Wessex – improved. Three of these were previously rated inadequate.',
    ],
    miss: [
      'Of the 10 councils with an outstanding rating, six – mostly in London – improved.',
      'Of the 10 councils with an outstanding rating, six - Dorset and York - improved.',
      'Three of these councils were previously rated inadequate.',
    ],
  }),
];
