// Where a grade sits in time by its surroundings: a past marker, a section heading about an earlier
// inspection (past-headings.ts), or a paragraph or list
// whose lead-in dates an earlier inspection ("The last inspection report … was published in
// September 2015. The judgements for the local authority were:").
import { lineAt } from './text-util';

export { findHeadings, headingDate, headingSince, underPastHeading, type PastHeadings } from './past-headings';

export const PAST_MARKER =
  /\b(?:last|previous|prior|earlier|preceding|former)\s+(?:\w+\s+)?(?:inspection|inspected|ILACS|SIF|judgements?|judgments?)|\blast (?:inspected|time|visited|assessed|rated|judged|graded)\b|\bat that time\b|\blater\s+that\s+(?:year|month|spring|summer|autumn|winter)\b|\bpreviously\b|\b(?:years?|months?|decades?)\s+ago\b|\bmost recent (?:Ofsted )?inspection\b|\bfollows? on from\b|\b(?:was|were) then\s+(?=["'‘“]?(?:judged|rated|found|outstanding|good|adequate|inadequate|requir))/i;

/**
 * "the hard work since the last inspection to achieve the Good rating": an aim's words, but the grade
 * was achieved, and it is the discussed inspection's (the earlier one is the "since" clause's). Tested
 * on the 200 characters before a grade.
 */
export const SINCE_TO_ACHIEVE =
  /\bsince\b[^.;!?\n]{0,140}\bto\s+(?:achieve|secure|gain|reach|earn|attain)\s+(?:an?\s+|the\s+)?["'‘’“”]?$/i;

// pdftotext -layout indents nested items by six or ten spaces: the mark is looked for after any indent.
const LIST_MARK = /[ \t]{0,16}[-•◼▪■●*–]/y;

/**
 * For an item of a list, the lines that introduce the list, ending in a colon; one blank line
 * between items is crossed. Empty when the line is not a list item.
 */
export function listLeadIn(text: string, lineStart: number): string {
  LIST_MARK.lastIndex = lineStart;
  if (!LIST_MARK.test(text)) return '';
  let pos = lineStart;
  let blanks = 0;
  for (let steps = 0; steps < 20 && pos > 0; steps++) {
    const line = lineAt(text, pos - 1);
    const content = text.slice(line.start, line.end);
    pos = line.start;
    if (content.trim() === '') {
      if (++blanks > 1) return '';
      continue;
    }
    blanks = 0;
    if (/:\s*$/.test(content)) return leadInParagraph(text, line.start, line.end);
  }
  return '';
}

/** The lead-in line with up to 200 characters of its own paragraph before it (not the paragraph above). */
function leadInParagraph(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 200);
  let cut = 0;
  for (const blank of text.slice(from, start).matchAll(/\n[ \t]*\n/g)) cut = blank.index + blank[0].length;
  return text.slice(from + cut, end);
}

/** The sentence before `sentenceStart` when this one points back ("from that inspection", "at that time", "At the time, …", "At this time … was"). */
export function pointedBack(text: string, sentence: string, sentenceStart: number): string {
  // "At this time York was judged …" after a dated inspection: the past tense makes "this time" that time.
  if (!/\b(?:that|the same) inspection\b|\bat (?:that|the) time\b|\bthen\b|\bat this time\b(?=[^.;!?]*\b(?:was|were)\b)/i.test(sentence))
    return '';
  const before = text
    .slice(Math.max(0, sentenceStart - 300), sentenceStart)
    .trimEnd()
    .replace(/[.!?]$/, '');
  return before.slice(before.lastIndexOf('.') + 1);
}

const IN_THE_INSPECTION = /^the\s+(?:re-?)?inspection\s+(?:undertaken|carried\s+out|held|completed)\b/i;

/**
 * Is the grade at `at` an achievement worded like an aim? "progress … to achieve a ‘good’ judgement in
 * the inspection undertaken in May 2017" (`after`: the "in …" phrase after the grade's noun), "the
 * hard work since the last inspection to achieve the Good rating" (see SINCE_TO_ACHIEVE).
 */
export function achievedNotAim(text: string, at: number, after: string | undefined): boolean {
  if (after !== undefined && IN_THE_INSPECTION.test(after.trim())) return true;
  return SINCE_TO_ACHIEVE.test(text.slice(Math.max(0, at - 200), at));
}
