// Where given words stand in a text, in any capitalisation and even inside longer words, from the
// text's lower-case copy: each word found with indexOf once per text and kept for every rule.
import { firstAtOrAfter, perText } from './text-cache';

interface Spots {
  /** the text in lower case, or null when lower-casing changes its length (offsets would not agree) */
  lower: string | null;
  starts: Map<string, Int32Array>;
}

const spotsOf = perText((text): Spots => {
  const lower = text.toLowerCase();
  return { lower: lower.length === text.length ? lower : null, starts: new Map() };
});

/** Every offset where `word` (lower case) starts in `text`, overlapping ones included; null when unknown. O(n) once. */
function startsOf(text: string, word: string): Int32Array | null {
  const spots = spotsOf(text);
  if (spots.lower === null) return null;
  let starts = spots.starts.get(word);
  if (!starts) {
    const out: number[] = [];
    for (let at = spots.lower.indexOf(word); at >= 0; at = spots.lower.indexOf(word, at + 1)) out.push(at);
    spots.starts.set(word, (starts = Int32Array.from(out)));
  }
  return starts;
}

/**
 * Does one of `words` (lower case) start in text[from, to), in any capitalisation? `true` too when
 * that cannot be told (lower-casing changed the text's length): a superset of the answer. O(log n).
 */
export function anyWordIn(text: string, words: readonly string[], from: number, to: number): boolean {
  for (const word of words) {
    const starts = startsOf(text, word);
    if (!starts) return true;
    const i = firstAtOrAfter(starts, from);
    if (i < starts.length && starts[i]! + word.length <= to) return true;
  }
  return false;
}
