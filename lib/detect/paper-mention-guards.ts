// Papers and news only: the mentions the phrase-shaped rules found that are no judgement of the
// authority (read before the broad sentence rule, so it may read the grade word instead), and the
// areas a grade was given for (area-after-for.ts).
// - The scale described around a grade: "the council’s rating is ‘adequate’ - which is one above
//   the lowest rating - ‘inadequate’, and two below the top rating, which is ‘outstanding’", "one step
//   up from the lowest grade, ‘inadequate’". ("Handed the lowest rating, ‘inadequate’" is a grade given.)
// - A part of the service graded (part-of-subject.ts), a count of areas naming none, a count of many
//   authorities as the grade's subject (counted-grades.ts), or a range of grades.
import { areasAfterFor } from './area-after-for';
import { countedBefore } from './counted-grades';
import type { RawJudgement } from './judgement-rules';
import { partOfSubject } from './part-of-subject';
import { lastGradeIn } from './scale-runs';
import { lettersIndex } from './text-cache';
import { GRADE_SOURCE } from './grades';
import { SUBJECT } from './sentence-grade-words';
import { keyOf } from './sentence-grade-subject';

const SCALE_PLACE =
  /\b(?:one|two|three|a|an|\w+\s+(?:steps?|grades?|notch(?:es)?|levels?|places?))\s+(?:above|below|up\s+from|down\s+from|short\s+of|higher\s+than|lower\s+than|better\s+than|worse\s+than)\s+the\s+(?:lowest|highest|top|bottom|worst|best)(?:\s+possible)?\s+(?:rating|grade|judge?ment|mark|level|category)\b[^.;!?\n"“‘]{0,24}["'‘“]?$/i;

// The words every SCALE_PLACE, COUNT_AFTER and OR_* match holds: most grades have none near them.
const SCALE_WORDS = /\b(?:lowest|highest|top|bottom|worst|best)\b/i;
const OR_WORD = /\sor\s/;
// Where SCALE_WORDS' letters stand at all (one index of the text): most grades have none before them.
const scaleNear = lettersIndex('lowest|highest|top|bottom|worst|best');

// "rated ‘good’ in 14 of the 22 inspection categories": a count of a framework's many sub-judgements,
// none named ("good in three of the four areas" counts the areas of the judgement itself, and is kept).
const COUNTED_AREAS =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of|out\s+of)\s+(?:the\s+)?\d\d\b/i;
// "rated it ‘adequate’ in 7 out of 22 categories": the count right after the grade.
const COUNT_AFTER =
  /^["'’”]?\s+(?:in|across|for)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+)?of\s+(?:the\s+)?\d\d\b/i;

// "rated ‘good’ or ‘outstanding’", "good or better": a range of grades, no one grade given.
const OR_BEFORE = new RegExp(`\\b(?:${GRADE_SOURCE})["'’”]?,?\\s+or\\s+["'‘“]?$`, 'i');
const OR_AFTER = new RegExp(`^["'’”]?,?\\s+or\\s+(?:better|above|higher|worse|below|["'‘“]?(?:${GRADE_SOURCE}))\\b`, 'i');

// The scale itself changed: "the ‘adequate’ grade has been replaced with a grade of ‘requires improvement’".
const SCALE_CHANGED =
  /\b(?:grades?|ratings?|judge?ments?|categor(?:y|ies))\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:replaced|renamed|reclassified|scrapped|abolished|dropped)\b/i;
// The grade placed on the scale after it: "A rating of ‘needs improvement’ sits between inadequate and good",
// "the ‘requires improvement’ grade falls between …".
const PLACED_AFTER =
  /^["'’”]?\)?\s+(?:(?:grade|rating|judge?ment)\s+)?(?:sits|falls|lies|comes|stands|is\s+(?:the\s+\w+\s+)?(?:grade|rating|step))\s+(?:between|above|below|under)\b/i;
const CHANGED_WORD = /\b(?:replaced|renamed|reclassified|scrapped|abolished|dropped)\b/i;

/** Is the mention's grade word (its last) a place on the scale, a grade counted over many sub-judgements, one end of a range, or the scale's own change? */
function notOneGrade(text: string, j: RawJudgement, dense: boolean): boolean {
  if (COUNTED_AREAS.test(j.area)) return true;
  const grade = j.gradeAt ?? lastGradeIn(text, j.start, j.end, dense);
  if (grade === null) return false;
  const before = text.slice(Math.max(0, grade.start - 120), grade.start);
  const after = text.slice(grade.end, grade.end + 60);
  if (CHANGED_WORD.test(before + after) && SCALE_CHANGED.test(before + after)) return true;
  if (PLACED_AFTER.test(after)) return true;
  if (scaleNear(text, grade.start - 120, grade.start) && SCALE_WORDS.test(before) && SCALE_PLACE.test(before)) return true;
  if (COUNT_AFTER.test(after) || (j.ruleId !== 'count-then-names' && countedBefore(text, grade.start))) return true;
  return OR_WORD.test(before.slice(-40) + after) && (OR_BEFORE.test(before.slice(-40)) || OR_AFTER.test(after));
}

/** The phrase-shaped rules' mentions less those that grade a part of the service or name no one grade. */
export function withoutPaperFalseFriends(text: string, raw: RawJudgement[]): RawJudgement[] {
  // Where the mentions' stretches add up to more than the text, their last grade words come from one index of it.
  const dense = raw.reduce((sum, j) => sum + j.end - j.start, 0) > text.length;
  return raw.filter((j) => !notOneGrade(text, j, dense) && !(j.prose && partOfSubject(text, j)));
}

const GRADE_WORDS = new RegExp(GRADE_SOURCE, 'gi');
const NEW_CLAUSE = /\b(?:and|but|while|whilst|with|whereas)\s+/gi;
const NEW_CLAUSE_WORD = /\b(?:and|but|while|whilst|with|whereas)\s/i;

/**
 * "Services were rated good overall and one area for the experiences and progress of children in care
 * and care leavers was judged to be ‘outstanding’": a mention given to the whole service whose last
 * grade follows a new clause naming an area is that area's, from the clause on (not a second overall grade).
 */
function laterClauseArea(text: string, j: RawJudgement): RawJudgement {
  if (!j.prose || j.end - j.start < 20) return j;
  const quote = text.slice(j.start, j.end);
  if (!NEW_CLAUSE_WORD.test(quote) || (j.areaKey ?? keyOf(j.area)) !== 'overall') return j;
  const grades = [...quote.matchAll(GRADE_WORDS)];
  if (grades.length < 2) return j;
  const last = grades[grades.length - 1]!;
  const prev = grades[grades.length - 2]!;
  const between = quote.slice(prev.index + prev[0].length, last.index);
  const clause = [...between.matchAll(NEW_CLAUSE)].pop();
  if (!clause) return j;
  const rest = between.slice(clause.index);
  const named = [...rest.matchAll(SUBJECT)].find((m) => keyOf(m[0]) !== 'overall');
  if (!named) return j;
  const start = j.start + prev.index + prev[0].length + clause.index;
  return { ...j, area: named[0].replace(/\s+/g, ' ').trim(), areaKey: keyOf(named[0]), start };
}

// A paper's "the service", "Anyshire City Council's children's services": the whole service, shown as "overall".
const WHOLE = /^(?!overall$)(?:(?!effectiveness).)*$/i;

/** Each paper mention with its area read again: split by the areas named after "for" (area-after-for.ts), the
 * area of a later clause, and the whole service named as "overall". */
export function withAreasAfterFor(text: string, found: RawJudgement[]): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const each of found)
    for (const split of areasAfterFor(text, each)) {
      const j = laterClauseArea(text, split);
      // (Not the undated "judged-then" clause: detect-judgements.ts reads its wording, "the local authority"
      // of a framework briefing, to drop it.)
      const whole =
        j.prose &&
        !j.allAreas &&
        j.ruleId !== 'judged-then' &&
        j.area !== 'overall' &&
        (j.areaKey === undefined || j.areaKey === 'overall' || j.areaKey === 'other') &&
        keyOf(j.area) === 'overall';
      out.push(whole && WHOLE.test(j.area) ? { ...j, area: 'overall', areaKey: 'overall' } : j);
    }
  return out;
}
