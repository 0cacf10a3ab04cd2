// Where the last clause of a stretch of prose starts: after its last comma, colon, bracket or
// conjunction. Found with a forward scan of the last few words first, not with /^.*(?:break)/s,
// whose greedy start backs off one character at a time and tries every break there (a long
// sentence cost its length many times over).

/** How far back from the end the last break is looked for before the whole stretch is scanned. */
const TAIL = 64;

/** The end of the last match of global `breaks` starting at or after `from` (-1 for none). */
function lastBreakEnd(s: string, breaks: RegExp, from: number): number {
  let end = -1;
  breaks.lastIndex = from;
  for (let m = breaks.exec(s); m; m = breaks.exec(s)) end = m.index + m[0].length;
  return end;
}

/**
 * The offset in `s` just past the last match of `breaks` (a global pattern whose matches are single
 * punctuation marks or whole words between \b, so none can start inside another), with the white
 * space after it when `blanks`; 0 when none. It equals the length that ^.*(?:breaks) with the s
 * flag matches (followed by \s* when `blanks`), or 0 when that finds none. The scan from TAIL
 * before the end reads the characters before it, so its matches are the whole scan's.
 */
export function endOfLastBreak(s: string, breaks: RegExp, blanks: boolean): number {
  let end = s.length > TAIL ? lastBreakEnd(s, breaks, s.length - TAIL) : -1;
  if (end < 0) end = lastBreakEnd(s, breaks, 0);
  if (end < 0) return 0;
  if (blanks) while (end < s.length && /\s/.test(s[end]!)) end++;
  return end;
}
