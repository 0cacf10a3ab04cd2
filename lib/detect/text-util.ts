// Small text helpers shared by the rules: lines, sentences and dates around an offset.

export interface Span {
  start: number;
  end: number;
}

/** The line holding offset `pos`. */
export function lineAt(text: string, pos: number): Span {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl === -1 ? text.length : nl };
}

const SENTENCE_END = /[.!?](?=["'’”)]*\s+(?:["'‘“(]*[A-Z0-9]|$))|\n\s*\n|\t|^\s*[-•◼▪■●*]\s/gm;

/** The sentence around [start, end): from after the previous full stop, blank line or cell to the next. */
export function sentenceAround(text: string, start: number, end: number): Span {
  const windowStart = Math.max(0, start - 600);
  let sStart = windowStart;
  const before = text.slice(windowStart, start);
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) {
    sStart = windowStart + m.index + m[0].length;
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
  }
  // A span that ends on its own full stop ends its sentence there.
  const from = end > start && /[.!?]/.test(text[end - 1]!) ? end - 1 : end;
  const after = text.slice(from, from + 600);
  SENTENCE_END.lastIndex = 0;
  const next = SENTENCE_END.exec(after);
  const sEnd = next ? from + next.index + (/^[.!?]/.test(next[0]) ? 1 : 0) : Math.min(text.length, from + 600);
  while (sStart < start && /\s/.test(text[sStart]!)) sStart++;
  return { start: sStart, end: sEnd };
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';

/** "Nov 2010", "July 2012", "2018", "November/December 2011", news style "July 29 2019": dates as written. */
export const DATE_PATTERN = new RegExp(
  `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH}(?:\\s*[/–-]\\s*${MONTH})?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)?(?:19|20)\\d\\d\\b`,
  'g',
);

/** Every date written in the span, in order. */
export function datesIn(text: string): string[] {
  if (!/(?:19|20)\d\d/.test(text)) return []; // every date holds a year: skip the slower pattern
  return [...text.matchAll(DATE_PATTERN)].map((m) => m[0]);
}

/** The four-digit year of a written date. */
export function yearOf(date: string): number | null {
  const m = /(?:19|20)\d\d/.exec(date);
  return m ? Number(m[0]) : null;
}

/** Trims white space from a span's ends. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const BLANK = /\s/;

/** Offset after the white space that ends just before `pos`, going back no further than `floor`. */
export function skipBlanksBack(text: string, pos: number, floor = 0): number {
  while (pos > floor && BLANK.test(text[pos - 1]!)) pos--;
  return pos;
}

/** Offset of the first character at or after `pos` that is not white space, or `limit`. */
export function skipBlanksForward(text: string, pos: number, limit = text.length): number {
  while (pos < limit && BLANK.test(text[pos]!)) pos++;
  return pos;
}

/**
 * Start of the line holding `pos`, looking back no further than `floor` (returned when no line
 * break lies between). Rules that walk a text left to right pass the end of their last match, so
 * each character is looked at once however many matches share one long line.
 */
export function lineStartAfter(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}

/** Does text[start, end) end a sentence: a stop, maybe a closing quote, then only white space? */
export function endsSentence(text: string, start: number, end: number): boolean {
  const last = skipBlanksBack(text, end, start);
  const isStop = (i: number) => i >= start && /[.;:!?]/.test(text[i]!);
  return isStop(last - 1) || (last > start && /["'’”)]/.test(text[last - 1]!) && isStop(last - 2));
}
