// Where the words that can place a grade in time sit in a text, counted once per text. A mention's
// sentence holding none of them says nothing about time, so its many rules need not be run over it:
// dense graded text (sentence after sentence) then costs time linear in its length.
import { anyStartIn } from './candidate-starts';
import { matchSpans, perText } from './text-cache';

/**
 * Every literal that PAST_MARKER, SAME_AS, LEFT_BEHIND_CLAUSE, "this inspection", pointedBack's
 * test and DATE_PATTERN need to match (each of their matches holds one of these). Keep in step
 * with those patterns; tests/unit/detect/time-words.test.ts checks them on their own examples.
 */
const TIME_WORD =
  /last|previous|prior|earlier|preceding|former|recent|that|this\s{1,20}time|same|inspection|from|since|then|ago|(?:improvement|change|up|rise|move)\s{1,20}on|(?:19|20)\d\d/gi;
/** Longest TIME_WORD match (an overlapping match can hide one that starts at most this far after). */
const LONGEST = 40;

// The offsets where time words start (as matchAll finds them), in order, for a few recent texts.
const startsOf = perText((text) => Int32Array.from(matchSpans(text, TIME_WORD.source, TIME_WORD.flags).starts));

/**
 * Does text[start, end) hold no word that could place a grade in time (checked a little before
 * `start` too, so a word hidden by an overlapping one is not missed)? O(log n) after one pass per text.
 */
export function timeless(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - LONGEST);
  const to = Math.min(end, text.length);
  // A stretch ending before `from` (never one a rule reads) answers as the prefix counts did: none in [to, from).
  return from <= to ? !anyStartIn(startsOf(text), from, to) : !anyStartIn(startsOf(text), to, from);
}
