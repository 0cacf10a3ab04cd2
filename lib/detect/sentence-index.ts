// Where sentences end, found once per text: the rules ask for the sentence around each of many
// mentions, and a fresh scan of a 600-character window per mention made dense graded text (one
// short sentence after another) cost twenty times its length. The index answers in O(log n).

import { isBlank } from './blank-units';
import { matchSpans, perText } from './text-cache';

/** Sentence ends: a full stop (?!) before a capital or a line end, a blank line, a cell, a bullet. */
export const SENTENCE_END = /[.!?](?=["'’”)]*\s+(?:["'‘“(]*[A-Z0-9]|$))|\n\s*\n|\t|^\s*[-•◼▪■●*]\s/gm;

/** Every match of SENTENCE_END over the whole text, in order: start and end offsets. */
export interface SentenceBoundaries {
  starts: number[];
  ends: number[];
  count: number;
}

/** The boundaries of `text`, built with one scan on first use and kept for the next calls. */
export const sentenceBoundaries = perText((text): SentenceBoundaries => {
  const { starts, ends } = matchSpans(text, SENTENCE_END.source, 'gm');
  return { starts, ends, count: starts.length };
});

/** Index of the first boundary whose end is after `pos` (count when none). */
export function firstEndAfter(b: SentenceBoundaries, pos: number): number {
  let lo = 0;
  let hi = b.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b.ends[mid]! > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const CLOSERS = /["'’”)]/;

/**
 * A stop followed by closing quotes and white space up to `pos`: seen from a window that ends at
 * `pos`, the pattern's line end matches there, whatever follows. Returns the offset after the stop.
 */
export function stopBefore(text: string, pos: number, floor: number): number {
  let i = pos;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === pos) return -1;
  while (i > floor && CLOSERS.test(text[i - 1]!)) i--;
  return i > floor && /[.!?]/.test(text[i - 1]!) ? i : -1;
}
