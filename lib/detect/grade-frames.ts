// Frames that put a grade before the text's own time, read in the words right before it: "no longer
// ‘inadequate’" (a grade left behind), "their previous ‘outstanding’ rating", "at the time of the
// inadequate rating" (a time the grade started), "two years after the service was given an
// ‘inadequate’ rating" (a clause dating from the grade). Read by mention-inspection.ts. Source: council
// papers and news items (paper set, 2013–25), issue 10.
import type { RawJudgement } from './judgement-rules';

const GRADE_WORD = /\b(?:outstanding|good|adequate|inadequate|requir(?:es?|ing)\s+improvement)\b/gi;
const OPEN_QUOTE = `["'‘“]?`;

// "no longer ‘inadequate’", "are no longer rated inadequate", "no longer judged to be inadequate".
const NO_LONGER = new RegExp(
  `\\bno\\s+longer\\s+(?:(?:be(?:ing)?|rated|judged|graded|deemed|considered|classed|classified|branded|labelled|seen|regarded)\\s+)?(?:as\\s+|to\\s+be\\s+)?(?:an?\\s+)?${OPEN_QUOTE}$`,
  'i',
);
// "their previous ‘outstanding’ rating", "since the inadequate rating", "at the time of the inadequate
// rating": with a rating noun after the grade (RATING_NOUN). Not "following/after the inadequate
// judgement": as often the discussed inspection's ("the monitoring which will follow the inadequate judgement").
const BEFORE_RATING = new RegExp(
  `\\b(?:(?:previous|prior|former|earlier|old|past)(?:\\s+Ofsted)?|(?:at\\s+the\\s+time\\s+of|since)\\s+(?:the|its|their|an?|that)(?:\\s+Ofsted)?)\\s+${OPEN_QUOTE}$`,
  'i',
);
const RATING_NOUN = /^["'’”]?\s+(?:Ofsted\s+)?(?:rating|judge?ment|grade|grading|verdict|outcome)\b/i;
// "two years after the service was damned with an ‘inadequate’ rating": the clause after "years after".
// No other grade between: "four years after it was found inadequate a department has been rated good".
const YEARS_AFTER =
  /\b(?:years?|months?)\s+(?:after|since)\s+(?:(?!\b(?:outstanding|good|adequate|inadequate|requir))[^.,;:!?\n]){0,80}$/i;

// "Following the inadequate rating, the council created an improvement plan": a sentence opening on the
// grade, its main clause told in the simple past, is a story of what came after an earlier grade. Not
// when the main clause is now or to come ("…, the council has appointed", "will", "must").
const OPENER_BEFORE = /^\W*(?:following|after)\s+(?:the|its|their|an?)\s+["'‘“]?$/i;
const OPENER_AFTER = /^["'’”]?\s+(?:Ofsted\s+)?(?:rating|judge?ment|grade|verdict)\s*,\s*([^.;!?\n]{0,80})/i;
const NOW_OR_TO_COME = /\b(?:has|have|will|would|must|is|are|needs?|should|can|now|continues?)\b/i;
const SIMPLE_PAST = /\b(?:[a-z]+ed|was|were|set|made|took|began|brought|put|rebuilt|built|drew|sent|won|got|went|chose)\b/i;

/** Does the sentence open on the grade ending at `end` and tell its main clause in the simple past (see OPENER_BEFORE)? */
function pastStoryOpener(text: string, sentenceStart: number, at: number, end: number): boolean {
  if (at - sentenceStart > 40 || !OPENER_BEFORE.test(text.slice(sentenceStart, at))) return false;
  const main = OPENER_AFTER.exec(text.slice(end, end + 120))?.[1];
  return main !== undefined && !NOW_OR_TO_COME.test(main) && SIMPLE_PAST.test(main);
}

/** How the words before a grade frame it: "left" (no longer that grade), "earlier", or null. */
export type GradeFrame = 'left' | 'earlier' | null;

/**
 * The frame of the first of the mention's own grade words that has one (see NO_LONGER, BEFORE_RATING,
 * YEARS_AFTER), reading at most 100 characters before each grade word and 30 after, within its
 * sentence (from `sentenceStart`). O(grade words × 130).
 */
export function gradeFrame(text: string, sentenceStart: number, j: RawJudgement): GradeFrame {
  // Only the mention's own grade word: "after it was found inadequate a department has been rated good".
  const own = j.grade.trim().slice(0, 4).toLowerCase();
  for (const m of text.slice(j.start, j.end).matchAll(GRADE_WORD)) {
    if (m[0].slice(0, 4).toLowerCase() !== own) continue;
    const at = j.start + m.index;
    const before = text.slice(Math.max(sentenceStart, at - 100), at);
    // Each end-anchored pattern is tried at every offset of the window, so it runs only when the word
    // it needs is there (dense graded text, bench:pathological): the same answers, far fewer attempts.
    const lower = before.toLowerCase();
    if (lower.includes('longer') && NO_LONGER.test(before)) return 'left';
    const end = at + m[0].length;
    if (RATING_NOUN.test(text.slice(end, end + 30)) && BEFORE_RATING.test(before)) return 'earlier';
    if ((lower.includes('year') || lower.includes('month')) && YEARS_AFTER.test(before)) return 'earlier';
    if (pastStoryOpener(text, sentenceStart, at, end)) return 'earlier';
  }
  return null;
}

// "… has improved since the last inspection and is now good", "are now rated as ‘Good’", "has now been
// graded", "now holds a ‘good’ rating": "now" right before the grade, only its verb between.
const NOW_BEFORE =
  /\bnow\s+(?:(?:been|being)\s+)?(?:(?:rated|judged|graded|deemed|assessed|found|considered|classed|classified|regarded)\s+)?(?:(?:has|have|holds?|carr(?:y|ies))\s+)?(?:as\s+|to\s+be\s+)?(?:an?\s+)?["'‘“]?$/i;

/**
 * Is the mention's own grade word held "now" (see NOW_BEFORE)? Then it is the text's own time, whatever
 * past cue or earlier date its sentence holds ("judged inadequate in 2017 but are now rated Good").
 * Reads at most 50 characters before each of the mention's grade words, within its sentence.
 */
export function heldNow(text: string, sentenceStart: number, j: RawJudgement): boolean {
  const own = j.grade.trim().slice(0, 4).toLowerCase();
  for (const m of text.slice(j.start, j.end).matchAll(GRADE_WORD)) {
    if (m[0].slice(0, 4).toLowerCase() !== own) continue;
    const at = j.start + m.index;
    const before = text.slice(Math.max(sentenceStart, at - 50), at);
    if (/\bnow\b/i.test(before) && NOW_BEFORE.test(before)) return true;
  }
  return false;
}
