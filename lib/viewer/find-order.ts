// Which find match the viewer shows: typing starts from where the reader is (the first match on
// the current page or after it), Enter and Shift+Enter step from the match shown. Pure.

/** The 1-based page `offset` of the text model falls on; `pageStarts` are each page's first offset, ascending. */
export function pageOfOffset(pageStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Index of the first match (`[start, end]` offsets, in document order) on page `page` or after it;
 * the first match of all when none follows (find wraps, as browsers do); -1 with no matches.
 */
export function firstMatchFrom(
  matches: ReadonlyArray<readonly [number, number]>,
  pageStarts: readonly number[],
  page: number,
): number {
  if (matches.length === 0) return -1;
  const from = pageStarts[page - 1] ?? Infinity;
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]![0] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length ? lo : 0;
}

/** The match after (`step` 1) or before (-1) `current` of `count`, wrapping; -1 when `count` is 0. */
export function stepMatch(count: number, current: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step > 0 ? 0 : count - 1;
  return (current + step + count) % count;
}
