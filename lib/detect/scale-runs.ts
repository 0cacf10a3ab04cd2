// The grading scale written out in prose ("Ofsted ratings go from inadequate, to requires improvement,
// to good and then outstanding", "rated outstanding, good, requires improvement or inadequate") names
// grades but gives none: GUIDELINES.md counts the scale as a distractor.
import { GRADE_SOURCE } from './grades';
import { firstAtOrAfter, matchSpans, perText } from './text-cache';

const Q = `["'‘’“”]?`;
// Between two grades of a scale: a comma or slash, and at most "and then", "or", "to", "through".
const SEP = `${Q}\\s{0,20}(?:[,/]\\s{0,20})?(?:(?:and\\s{1,20}then|and|or|to|then|through)\\s{1,20})?${Q}`;
const RUN = new RegExp(`(?:${GRADE_SOURCE})(?:${SEP}(?:${GRADE_SOURCE})){2,}`, 'gi');

// A grade in a run is joined to a neighbouring grade by a separator alone. Tested first, at the
// grade's two edges (anchored, about 100 characters each), so that a grade with no such neighbour,
// almost every grade, never runs RUN over its 320-character window.
const WHOLE_GRADE = new RegExp(`(?:${GRADE_SOURCE})`, 'iy');
const NEXT = new RegExp(`${SEP}(?:${GRADE_SOURCE})`, 'iy');
const PREVIOUS = new RegExp(`(?:${GRADE_SOURCE})${SEP}$`, 'i');

function joinedToAnother(text: string, start: number, end: number): boolean {
  WHOLE_GRADE.lastIndex = start;
  NEXT.lastIndex = WHOLE_GRADE.test(text) ? Math.max(end, WHOLE_GRADE.lastIndex) : end;
  return NEXT.test(text) || PREVIOUS.test(text.slice(Math.max(0, start - 100), start));
}

/**
 * Does the grade word at [start, end) sit in a run of three or more grades joined only by commas,
 * "and", "or", "to" and "then" (the scale listed)? Reads 160 characters either side: O(1) per call.
 */
export function inScaleRun(text: string, start: number, end: number): boolean {
  if (!joinedToAnother(text, start, end)) return false;
  const from = Math.max(0, start - 160);
  const window = text.slice(from, Math.min(text.length, end + 160));
  for (const m of window.matchAll(RUN)) {
    const s = from + m.index;
    if (s <= start && s + m[0].length >= end) return true;
  }
  return false;
}

const GRADE_WORD = new RegExp(GRADE_SOURCE, 'gi');

/** The last match of GRADE_SOURCE (any case) in `text.slice(start, end)`, as offsets into `text`; null when none. */
function lastGradeSliced(text: string, start: number, end: number): { start: number; end: number } | null {
  const slice = text.slice(start, end);
  let last: { start: number; end: number } | null = null;
  GRADE_WORD.lastIndex = 0;
  for (let m = GRADE_WORD.exec(slice); m; m = GRADE_WORD.exec(slice))
    last = { start: start + m.index, end: start + m.index + m[0].length };
  return last;
}

// GRADE_SOURCE's matches over the whole text, from one scan: start and end offsets in order.
const gradeSpans = perText((text) => {
  const { starts, ends } = matchSpans(text, GRADE_SOURCE, 'gi');
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
});

/**
 * The last grade word (a match of GRADE_SOURCE, any case) in `text.slice(start, end)`, as offsets
 * into `text`; null when none. `indexed`: answer from one scan of the whole text, kept for every
 * call (for many overlapping stretches: dense mentions). The pattern has no lookaround, so the
 * slice's matches are the whole text's matches inside it unless one of those straddles an edge of
 * the slice; then the slice itself is scanned.
 */
export function lastGradeIn(text: string, start: number, end: number, indexed: boolean): { start: number; end: number } | null {
  if (!indexed) return lastGradeSliced(text, start, end);
  const { starts, ends } = gradeSpans(text);
  const first = firstAtOrAfter(ends, start + 1); // the first match ending after `start`
  if (first < starts.length && starts[first]! < start) return lastGradeSliced(text, start, end);
  const after = firstAtOrAfter(starts, end); // the first match starting at or after `end`
  const i = after - 1;
  if (i < first) return null;
  if (ends[i]! > end) return lastGradeSliced(text, start, end); // straddles the end
  return { start: starts[i]!, end: ends[i]! };
}
