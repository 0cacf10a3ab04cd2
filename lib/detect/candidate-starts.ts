// Every offset where a pattern could start a match, found with one scan per text: a rule that tests
// a pattern on many overlapping stretches (each mention's sentence) asks first whether any such
// offset lies in its stretch, and runs the pattern only when one does.
import { perText } from './text-cache';

/**
 * For `prefixes` (alternatives that every match of some pattern starts with, as regex source), the
 * index of every offset of a text where one of them starts, overlapping ones included (a zero-width
 * lookahead tried at every offset: "likely" inside "unlikely"), in order. O(n) once per text.
 */
export function candidateStarts(prefixes: string, flags: string): (text: string) => Int32Array {
  const source = `(?=${prefixes})`;
  return perText((text) => {
    const at = new RegExp(source, flags.replace('g', '') + 'g');
    const out: number[] = [];
    for (let m = at.exec(text); m; m = at.exec(text)) {
      out.push(m.index);
      at.lastIndex = m.index + 1;
    }
    return Int32Array.from(out);
  });
}

/** Does `starts` (in order) hold an offset in [from, end)? Binary search. */
export function anyStartIn(starts: Int32Array, from: number, end: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! < end;
}

/** The text with A–Z lowered, the same length (toLowerCase where that keeps the length, for one text at a time). */
const lowerOf = perText((text) => text.toLowerCase(), 2);

// Does text[at…] spell `word` (lower case) with ASCII letters in either case? (toLowerCase also
// lowers the Kelvin sign to "k", which a case-blind pattern never matches.)
function spells(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    const w = word.charCodeAt(i);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

/**
 * `candidateStarts` for plain words (lower case, no pattern syntax) with the i flag: every offset
 * where one of `words` starts in any capitalisation of its ASCII letters, overlapping ones
 * included, in order. Found with indexOf over one lowered copy of the text instead of a pattern
 * tried at every offset. O(n) per word once per text.
 */
export function literalStarts(words: readonly string[]): (text: string) => Int32Array {
  const fallback = candidateStarts(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  return perText((text) => {
    const lower = lowerOf(text);
    if (lower.length !== text.length) return fallback(text);
    const found = new Set<number>();
    for (const word of words)
      for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) if (spells(text, at, word)) found.add(at);
    return Int32Array.from(found).sort();
  });
}
