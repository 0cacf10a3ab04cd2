// Where the words that can place a grade in time sit in a text, counted once per text. A mention's
// sentence holding none of them says nothing about time, so its many rules need not be run over it:
// dense graded text (sentence after sentence) then costs time linear in its length.

/**
 * Every literal that PAST_MARKER, SAME_AS, LEFT_BEHIND_CLAUSE, "this inspection", pointedBack's
 * test and DATE_PATTERN need to match (each of their matches holds one of these). Keep in step
 * with those patterns; tests/unit/detect/time-words.test.ts checks them on their own examples.
 */
const TIME_WORD =
  /last|previous|prior|earlier|preceding|former|recent|that|this\s{1,20}time|same|inspection|from|since|then|ago|(?:improvement|change|up|rise|move)\s{1,20}on|(?:19|20)\d\d/gi;
/** Longest TIME_WORD match (an overlapping match can hide one that starts at most this far after). */
const LONGEST = 40;

// Prefix counts of time-word starts by offset, for a few recent texts.
const cache = new Map<string, Uint32Array>();

function prefixCounts(text: string): Uint32Array {
  const known = cache.get(text);
  if (known) return known;
  const counts = new Uint32Array(text.length + 1);
  for (const m of text.matchAll(TIME_WORD)) counts[m.index + 1] = counts[m.index + 1]! + 1;
  for (let i = 1; i <= text.length; i++) counts[i] = counts[i]! + counts[i - 1]!;
  if (cache.size >= 4) cache.clear();
  cache.set(text, counts);
  return counts;
}

/**
 * Does text[start, end) hold no word that could place a grade in time (checked a little before
 * `start` too, so a word hidden by an overlapping one is not missed)? O(1) after one pass per text.
 */
export function timeless(text: string, start: number, end: number): boolean {
  const counts = prefixCounts(text);
  const from = Math.max(0, start - LONGEST);
  // counts[i] = number of time words starting before offset i (at offsets < i).
  return counts[Math.min(end, text.length)]! - counts[from]! === 0;
}
