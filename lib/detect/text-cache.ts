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
