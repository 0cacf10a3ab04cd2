// Time cues in a grade's own wording, read by mention-inspection.ts: an achievement worded like an
// aim ("since … to achieve the Good rating"), the past perfect ("had been rated"), "for the past
// decade", the report's publication month, "since the ‘inadequate’ rating", and a heading standing
// alone as its own context. Source: council papers and news items (paper set, 2010–25), issue 10.
import type { RawJudgement } from './judgement-rules';
import { SINCE_TO_ACHIEVE } from './past-context';
import { lettersIndex, wordIndex } from './text-cache';
import { sliceMatcher } from './slice-matches';
import type { Span } from './text-util';

// "had been rated ‘inadequate’ for the past decade": earlier inspections, whatever the sentence's dates.
const FOR_YEARS = /^["'’”]?\s+for\s+(?:the\s+|many\s+)?(?:past|last|previous)?\s*(?:decade|\w+\s+years|years)\b/i;

const GRADE_WORD = /\b(?:outstanding|good|adequate|inadequate|requir)/gi;
// The grade words of a mention, from one index of the text's grade words (dense graded text).
const gradeWords = sliceMatcher(GRADE_WORD);
const gradeWordsOf = (text: string, j: RawJudgement) => gradeWords(text, j.start, j.end).starts;

const hasSince = wordIndex('since');
const hasHad = wordIndex('had');
const hasHaving = wordIndex('having');
// Where the letters of those words stand at all: a mention with none near it skips its grade words (dense graded text).
const sinceNear = lettersIndex('since');
const hadNear = lettersIndex('had|having');
const unitNear = lettersIndex('year|month|decade');

/** Is a grade word of the mention preceded by "since … to achieve (the)"? */
export function achievedSince(text: string, j: RawJudgement): boolean {
  if (!hasSince(text, Math.max(0, j.start - 200), j.end)) return false;
  for (const at of gradeWordsOf(text, j)) if (SINCE_TO_ACHIEVE.test(text.slice(Math.max(0, at - 200), at))) return true;
  return false;
}

// "had (previously) been rated as", "having been": the past perfect right before a grade, in its clause.
const PAST_PERFECT = /\b(?:had|having)\s+(?:\w+\s+)?been\b[^.;:!?\n]{0,50}$/i;
// Reported speech backshifts the tense: "the report said services had been judged good" is no earlier grade.
const REPORTED =
  /\b(?:said|says|noted|informed|reported|told|heard|stated|explained|advised|confirmed|found)\b[^.;:!?\n]{0,60}\bthat\b/i;

/** Is a grade word of the mention told in the past perfect (see PAST_PERFECT)? Reads 80 characters before each. */
export function toldAsPastPerfect(text: string, sentenceStart: number, j: RawJudgement): boolean {
  if (!hadNear(text, Math.max(sentenceStart, j.start - 80), j.end)) return false;
  for (const at of gradeWordsOf(text, j)) {
    // PAST_PERFECT holds a whole word "had" or "having": where the indexes find neither, it is not tried.
    const from = Math.max(sentenceStart, at - 80);
    if (!hasHad(text, from, at) && !hasHaving(text, from, at)) continue;
    const before = text.slice(from, at);
    if (PAST_PERFECT.test(before) && !REPORTED.test(text.slice(sentenceStart, at))) return true;
  }
  return false;
}

// "rated as inadequate in the report Ofsted published in February": the report's month dates it.
const PUBLISHED_IN =
  /^\s+in\s+the\s+(?:inspection\s+)?report\s+(?:that\s+)?Ofsted\s+published\s+in\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?:\s+(?:19|20)\d\d)?)\b/;

/**
 * A prose mention that fills its lines with no closing stop, the next line starting in capitals, is
 * a heading ("The Local Safeguarding Children Board requires improvement"): its own span is its
 * context. pdftotext sets headings and the next paragraph without a blank line between, so the
 * sentence would run on into the paragraph (and its dates).
 */
export function headingSpan(text: string, j: RawJudgement): Span | null {
  const atLineStart = j.start === 0 || text[j.start - 1] === '\n';
  const atLineEnd = j.end === text.length || text[j.end] === '\n';
  if (!atLineStart || !atLineEnd || /[.;:,!?]["'’”]?$/.test(text.slice(j.end - 2, j.end))) return null;
  return /^\n[ \t]*[A-Z0-9]/.test(text.slice(j.end, j.end + 8)) ? { start: j.start, end: j.end } : null;
}

/** The month "in the report Ofsted published in …" after the mention gives, or null. O(1). */
export function publishedIn(text: string, j: RawJudgement): string | null {
  return PUBLISHED_IN.exec(text.slice(j.end, Math.min(text.length, j.end + 60)))?.[1] ?? null;
}

/** Is the mention followed by "for the past decade", "for many years"? O(1). */
export const forYears = (text: string, j: RawJudgement) => FOR_YEARS.test(text.slice(j.end, Math.min(text.length, j.end + 40)));

// "since the ‘inadequate’ rating", "since its ‘requires improvement’ judgement in 2018": the grade a
// period started from, an earlier inspection's.
const SINCE_THE = /\bsince\s+(?:the|its|their|an?)\s+(?:(?:last|previous|overall)\s+)?["'‘“]?$/i;
const RATING_NOUN = /^["'’”]?\s+(?:Ofsted\s+)?(?:rating|judge?ment|grade|grading|verdict|outcome)\b/i;

/** Is a grade word of the mention the adjective of a rating after "since the" (see SINCE_THE)? Reads 40 characters around each. */
export function sinceTheRating(text: string, j: RawJudgement): boolean {
  if (!sinceNear(text, j.start - 40, j.end)) return false;
  for (const at of gradeWordsOf(text, j)) {
    // SINCE_THE holds a whole word "since": where the index finds none, the pattern is not tried.
    if (!hasSince(text, Math.max(0, at - 40), at)) continue;
    const word = /^[a-z]+(?:\s+improvement(?:\s+to\s+be\s+good)?)?/i.exec(text.slice(at, at + 40))![0];
    if (
      SINCE_THE.test(text.slice(Math.max(0, at - 40), at)) &&
      RATING_NOUN.test(text.slice(at + word.length, at + word.length + 30))
    )
      return true;
  }
  return false;
}

const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
// "last year" too: a news item's inspection is its own year's (see lastYearIsOwn for a paper looking back).
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
const RELATIVE = `(${COUNT}\\s+(?:years?|months?|decades?)\\s+(?:ago|prior|earlier|before)|(?:${MONTH}\\s+)?last\\s+year\\b(?!\\s*(?:['’]s|,?\\s+and\\b)))`;
// "judged as ‘good’ four years ago", "an ‘inadequate’ rating six years prior": in the grade's clause after it, no other grade between.
const RELATIVE_AFTER = new RegExp(
  `^["'’”]?(?:(?!\\b(?:outstanding|good|adequate|inadequate|requir))[^,;.!?\\n]){0,40}?\\b${RELATIVE}\\b`,
  'i',
);
// "Nine years ago our children's services were …", "on six years ago, when the services were …",
// "Last year, Ofsted said …", "In June last year, inspectors judged …": before it, leading its sentence.
const LAST_INSPECTION = /\b(?:last|previous)\s+(?:\w+\s+)?inspection\b/i;
const RELATIVE_BEFORE = new RegExp(`(?:^["'‘“]?(?:in\\s+)?|\\bon\\s+)${RELATIVE},?\\s+(?:when\\s+)?[^,;.!?\\n]*$`, 'i');
// "the previous inspection four years ago, when the service was rated as adequate": the last inspection
// dated relative to the text's time, its grade in the "when" clause after it.
const LAST_WHEN_BEFORE = new RegExp(
  `\\b(?:last|previous)\\s+(?:Ofsted\\s+)?inspection\\s+${RELATIVE},?\\s+when\\s+[^,;.!?\\n]{0,100}$`,
  'i',
);
// "the last Ofsted inspection, when it was found to be adequate, three years ago": the "when" clause
// between the inspection and its relative date.
const LAST_WHEN_OPEN = /\b(?:last|previous)\s+(?:Ofsted\s+)?inspection,\s+when\s+[^,;.!?\n]{0,100}$/i;
const WHEN_CLOSE = new RegExp(`^["'’”]?,\\s+${RELATIVE}\\s*(?:[.!?;]|$)`, 'i');

/**
 * The date relative to the text's own time that the grade's clause gives, as written ("four years
 * ago", "six years prior"), or null. Reads 60 characters after the mention and its sentence before it.
 */
export function relativeDate(text: string, sentenceStart: number, j: RawJudgement): string | null {
  // RELATIVE holds "year", "month" or "decade" after a blank: where none stands, neither pattern is tried.
  if (!unitNear(text, Math.min(sentenceStart, j.end), j.end + 60)) return null;
  const after = RELATIVE_AFTER.exec(text.slice(j.end, j.end + 60));
  // "following the last inspection four years ago": named as the last inspection, so "previous".
  if (after) return LAST_INSPECTION.test(after[0]) ? null : after[1]!;
  // A mention may end on its sentence's stop.
  const before = text.slice(sentenceStart, j.end).replace(/[.!?]["'’”]?$/, '');
  const closed = LAST_WHEN_OPEN.test(before) ? WHEN_CLOSE.exec(text.slice(j.end, j.end + 40)) : null;
  if (closed) return closed[1]!;
  return (RELATIVE_BEFORE.exec(before) ?? LAST_WHEN_BEFORE.exec(before))?.[1] ?? null;
}
