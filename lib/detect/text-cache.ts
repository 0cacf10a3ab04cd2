// Indexes built once per text: the rules read a text and its tab-celled copy many times over.

/** `build`, remembered for the last few texts (the cache is emptied when it holds `size`). */
export function perText<T>(build: (text: string) => T, size = 4): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const built = build(text);
    if (cache.size >= size) cache.clear();
    cache.set(text, built);
    return built;
  };
}

/** Start and end offsets of every match of `source` (compiled with `flags`, which must include g) in
 * `text`, in order, from one scan. `source` must not match the empty string. */
export function matchSpans(text: string, source: string, flags: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const re = new RegExp(source, flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

const WORD_CHAR = /\w/;

/** The index of the first offset in `starts` (ascending) at or after `from`; `starts.length` if none. Binary search. */
export function firstAtOrAfter(starts: Int32Array, from: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of where the letters `word` (no regex syntax) stand in a text, in any case, built with
 * one scan on first use; `has(text, from, to)` is `/\bword\b/i.test(text.slice(from, to))`, the
 * slice's edges counting as word boundaries as they do there, answered in O(log n).
 */
export function wordIndex(word: string): (text: string, from: number, to: number) => boolean {
  const startsOf = perText((text) => Int32Array.from(matchSpans(text, word, 'gi').starts));
  return (text, rawFrom, rawTo) => {
    const from = Math.max(0, rawFrom);
    const to = Math.min(text.length, rawTo);
    const starts = startsOf(text);
    for (let i = firstAtOrAfter(starts, from); i < starts.length && starts[i]! + word.length <= to; i++) {
      const p = starts[i]!;
      const end = p + word.length;
      if ((p === from || !WORD_CHAR.test(text[p - 1]!)) && (end === to || !WORD_CHAR.test(text[end]!))) return true;
    }
    return false;
  };
}

/**
 * Where the letters of `source` (plain words joined by |, none a suffix-prefix overlap of another
 * preceded by a blank in its rule) start in a text, in any case, from one scan: `(text, from, to)`
 * tells whether one starts in [from, to). A rule whose pattern needs one of these words is not tried
 * where none stands (a superset of the word-bounded answer, so the rule's result is unchanged). O(log n).
 */
export function lettersIndex(source: string): (text: string, from: number, to: number) => boolean {
  const startsOf = perText((text) => Int32Array.from(matchSpans(text, source, 'gi').starts));
  return (text, from, to) => {
    const starts = startsOf(text);
    const i = firstAtOrAfter(starts, Math.max(0, from));
    return i < starts.length && starts[i]! < to;
  };
}
