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

// Every run of two or more blanks: only there does a unit span more than one character.
const BLANK_RUN = /\s{2,}/g;

/**
 * units[i]: the characters before offset i, each run of white space counted as one. O(n): one
 * regex pass finds the runs of two or more blanks (a blank is what `\s` matches, as isBlank), and
 * the offsets between them are filled without testing each character.
 */
export function unitCounts(text: string): Uint32Array {
  const units = new Uint32Array(text.length + 1);
  let removed = 0; // blanks before i not counted: every blank of a run but its first
  let i = 0;
  BLANK_RUN.lastIndex = 0;
  for (let m = BLANK_RUN.exec(text); m; m = BLANK_RUN.exec(text)) {
    for (; i <= m.index + 1; i++) units[i] = i - removed;
    // Every offset from just after the run's first blank to just after its last holds the same count.
    const unit = m.index + 1 - removed;
    const after = m.index + m[0].length;
    for (; i <= after; i++) units[i] = unit;
    removed += m[0].length - 1;
  }
  for (; i <= text.length; i++) units[i] = i - removed;
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
