// Small text helpers shared by the rules: lines, sentences and dates around an offset.
import { isBlank } from './blank-units';
import { SENTENCE_END, firstEndAfter, sentenceBoundaries, stopBefore, type SentenceBoundaries } from './sentence-index';

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

const WINDOW = 600;

/** The sentence around [start, end): from after the previous full stop, blank line or cell to the next. */
export function sentenceAround(text: string, start: number, end: number): Span {
  // A span that ends on its own full stop ends its sentence there.
  const from = end > start && /[.!?]/.test(text[end - 1]!) ? end - 1 : end;
  const b = sentenceBoundaries(text);
  let sStart = sentenceStart(text, b, start);
  const sEnd = sentenceEnd(text, b, from);
  while (sStart < start && isBlank(text.charCodeAt(sStart))) sStart++;
  return { start: sStart, end: sEnd };
}

/**
 * Start of the sentence holding `start`: the end of the last boundary within the window before it.
 * What a window scan sees differently at its edges is checked where it can matter (a stop before
 * `start` whose capital is out of sight, a bullet at the window's start); a boundary across an
 * edge sends the window to the old scan, so the answer is always the window scan's.
 */
function sentenceStart(text: string, b: SentenceBoundaries, start: number): number {
  const windowStart = Math.max(0, start - WINDOW);
  const k = firstEndAfter(b, start) - 1;
  if (k + 1 < b.count && b.starts[k + 1]! < start) return scanBack(text, windowStart, start);
  if (k >= 0 && b.starts[k]! >= windowStart) {
    // A stop's match looks ahead to a capital; one at or past `start` is out of the window's sight.
    if (onlyQuotesAndBlanks(text, b.ends[k]!, start)) return scanBack(text, windowStart, start);
    return Math.max(b.ends[k]!, stopBefore(text, start, b.starts[k]!));
  }
  if ((k >= 0 && b.ends[k]! > windowStart) || bulletAt(text, windowStart, start)) return scanBack(text, windowStart, start);
  return Math.max(windowStart, stopBefore(text, start, windowStart));
}

/** End of the sentence from `from`: the first boundary within the window after it, with the same edge checks. */
function sentenceEnd(text: string, b: SentenceBoundaries, from: number): number {
  const k = firstEndAfter(b, from);
  const limit = Math.min(text.length, from + WINDOW);
  if ((k < b.count && (b.starts[k]! < from || (b.starts[k]! < limit && b.ends[k]! > limit))) || bulletAt(text, from, limit))
    return scanForward(text, from, limit);
  if (k < b.count && b.starts[k]! < limit) return b.starts[k]! + (/[.!?]/.test(text[b.starts[k]!]!) ? 1 : 0);
  const stop = stopBefore(text, limit, from);
  return stop >= 0 ? stop : limit;
}

function onlyQuotesAndBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/[\s"'‘’“”()]/.test(text[i]!)) return false;
  return true;
}

/** A window starting at `pos` mid-line sees a line start there: blanks, a bullet and a blank before `limit`. */
function bulletAt(text: string, pos: number, limit: number): boolean {
  if (pos === 0 || text[pos - 1] === '\n') return false;
  let j = pos;
  while (j < limit && isBlank(text.charCodeAt(j))) j++;
  return j + 1 < limit && /[-•◼▪■●*]/.test(text[j]!) && isBlank(text.charCodeAt(j + 1));
}

/** The window scan: end of the last boundary in text[windowStart, start), or windowStart. */
function scanBack(text: string, windowStart: number, start: number): number {
  const re = new RegExp(SENTENCE_END.source, 'gm');
  const before = text.slice(windowStart, start);
  let sStart = windowStart;
  for (let m = re.exec(before); m; m = re.exec(before)) sStart = windowStart + m.index + m[0].length;
  return sStart;
}

/** The window scan: offset of the first boundary in text[from, limit) (after its stop), or limit. */
function scanForward(text: string, from: number, limit: number): number {
  const next = new RegExp(SENTENCE_END.source, 'gm').exec(text.slice(from, limit));
  return next ? from + next.index + (/^[.!?]/.test(next[0]) ? 1 : 0) : limit;
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
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}


/** Offset after the white space that ends just before `pos`, going back no further than `floor`. */
export function skipBlanksBack(text: string, pos: number, floor = 0): number {
  while (pos > floor && isBlank(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

/** Offset of the first character at or after `pos` that is not white space, or `limit`. */
export function skipBlanksForward(text: string, pos: number, limit = text.length): number {
  while (pos < limit && isBlank(text.charCodeAt(pos))) pos++;
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
