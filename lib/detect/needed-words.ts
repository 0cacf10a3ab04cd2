// Where the words a rule cannot match without stand in a text, found once per text: a rule whose
// every match holds one of a few words ("same", "previous") is not run over a stretch around grade
// words that holds none of them (anchor-index.ts, Reach.needs). Most stretches of a report hold a
// grade word but not the rarer words a given rule needs.
import { firstAtOrAfter, perText } from './text-cache';

// The text in lower case, or null when lower-casing changed its length ("İ" becomes two code units):
// offsets would no longer line up, so every stretch is then read.
const lowerOf = perText((text): string | null => {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
});

const indexes = new Map<string, (text: string) => Int32Array | null>();

/** The offsets where lower-case `word` stands in the lower-cased text (overlapping ones included), one native search per text. */
function offsetsOf(word: string): (text: string) => Int32Array | null {
  let index = indexes.get(word);
  if (!index) {
    index = perText((text) => {
      const lower = lowerOf(text);
      if (lower === null) return null;
      const out: number[] = [];
      for (let p = lower.indexOf(word); p >= 0; p = lower.indexOf(word, p + 1)) out.push(p);
      return Int32Array.from(out);
    });
    indexes.set(word, index);
  }
  return index;
}

/** The offsets where lower-case `word` stands in `text`, in any capitalisation, in order; null when the index cannot tell. */
export const neededWordOffsets = (text: string, word: string): Int32Array | null => offsetsOf(word)(text);

/**
 * Does one of `words` (lower case) stand wholly inside text[from, to), in any capitalisation? A
 * superset of what a pattern holding the word matches there, with or without the i flag: ASCII
 * letters lower-case to themselves, offset for offset. True whenever the index cannot tell. O(log n) a word.
 */
export function holdsNeededWord(text: string, words: readonly string[], from: number, to: number): boolean {
  for (const word of words) {
    const offsets = offsetsOf(word)(text);
    if (offsets === null) return true;
    const i = firstAtOrAfter(offsets, from);
    if (i < offsets.length && offsets[i]! + word.length <= to) return true;
  }
  return false;
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * What `text.matchAll(re)` gives, for a global `re` whose every match starts with lower-case `word`
 * (in any capitalisation): the pattern is tried only where the word stands, as a sticky match, the
 * next try at or after the last match's end. O(k log n) for k places where the word stands.
 */
export function matchesStartingWith(text: string, re: RegExp, word: string): RegExpExecArray[] {
  const offsets = neededWordOffsets(text, word);
  if (offsets === null) return [...text.matchAll(re)];
  let at = stickyCopies.get(re);
  if (!at) stickyCopies.set(re, (at = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const start of offsets) {
    if (start < from) continue;
    at.lastIndex = start;
    const m = at.exec(text);
    if (!m) continue;
    out.push(m);
    from = m.index + Math.max(1, m[0].length);
  }
  return out;
}
