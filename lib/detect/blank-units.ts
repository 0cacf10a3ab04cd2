// Distances in a text with each run of white space counted as one character, so that a reach
// measured in them holds however wide a page's blank gutter is (see anchor-index.ts).

/** Is char code `c` one of the characters `\s` matches? */
export function isBlank(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** units[i]: the characters before offset i, each run of white space counted as one. O(n). */
export function unitCounts(text: string): Uint32Array {
  const units = new Uint32Array(text.length + 1);
  let count = 0;
  let blank = false;
  for (let i = 0; i < text.length; i++) {
    units[i] = count;
    const now = isBlank(text.charCodeAt(i));
    if (!now || !blank) count++;
    blank = now;
  }
  units[text.length] = count;
  return units;
}

/** First offset whose unit count is at least `unit` (text.length when none), by binary search. */
export function offsetOfUnit(units: Uint32Array, unit: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]! < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
