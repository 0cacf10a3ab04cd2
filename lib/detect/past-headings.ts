// Section headings and whether they speak of an earlier inspection ("Previous Ofsted inspections",
// "Progress since the last inspection") or date one ("Outcome of Ofsted 2012 and recommendations"):
// the grades under them belong to it. Read once per text; looked up by binary search.
import { datesIn } from './text-util';

const PAST_HEADING =
  /^(?:\d{1,2}\.?\s+)?(?:previous (?:Ofsted )?inspections?|(?:the )?(?:last|previous) inspection|inspection history|(?:progress|improvements?) since the (?:last|previous) inspection|previous (?:judgements|grades))\b/i;

export interface PastHeadings {
  /** start offsets of heading lines, in order, and whether each is about an earlier inspection */
  starts: number[];
  past: boolean[];
  /** the date an inspection heading names ("Outcome of Ofsted 2012 and recommendations"), or null */
  dates: (string | null)[];
  /** the start of the period a heading tells of ("What has got worse since 2021"), or null */
  since: (string | null)[];
}

// "What has got worse since 2021", "Changes since March 2019": the period after an earlier inspection.
const SINCE_HEADING = /\bsince\s+((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s+)?(?:19|20)\d\d)\b/i;

const INSPECTION_HEADING = /\b(?:Ofsted|inspect\w*|ILACS|SIF|SLAC|judge?ments?|outcome)\b/i;

// A heading line: 3–81 characters from a capital or digit, then a blank line or the end (looked at,
// not taken: one blank line may sit between two headings).
const HEADING_LINE = /([ \t]*[A-Z0-9][^\n]{2,80})\n(?=[ \t]*(?:\n|$))/y;

/**
 * The matches of /(?<=^|\n)[ \t]*\n(HEADING_LINE)/g, each given from its group's start: from each line
 * feed that ends a blank line, HEADING_LINE is tried on the next line only, instead of the pattern
 * (whose lookbehind no search can skip to) at every offset. O(n).
 */
function linesAfterBlankLines(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0; // a line start: the text's, or just after the last match's closing line feed
  for (let feed = text.indexOf('\n'); feed >= 0; feed = text.indexOf('\n', feed + 1)) {
    let lineStart = feed;
    while (lineStart > from && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
    if (lineStart > 0 && text[lineStart - 1] !== '\n' && lineStart !== from) continue;
    HEADING_LINE.lastIndex = feed + 1;
    const m = HEADING_LINE.exec(text);
    if (!m) continue;
    out.push(m);
    from = HEADING_LINE.lastIndex;
    feed = from - 1;
  }
  return out;
}

/** Heading lines (short, alone between blank lines, no closing stop) and which speak of the past. */
export function findHeadings(text: string): PastHeadings {
  const starts: number[] = [];
  const past: boolean[] = [];
  const dates: (string | null)[] = [];
  const since: (string | null)[] = [];
  for (const m of linesAfterBlankLines(text)) {
    const line = m[1]!.trim();
    if (/[.;,:]$/.test(line) || /\t/.test(line)) continue;
    starts.push(m.index);
    past.push(PAST_HEADING.test(line));
    dates.push(INSPECTION_HEADING.test(line) ? (datesIn(line)[0] ?? null) : null);
    since.push(SINCE_HEADING.exec(line)?.[1] ?? null);
  }
  return { starts, past, dates, since };
}

/**
 * The start of the period the nearest heading above `pos` tells of ("What has got worse since 2021"),
 * or null: the date of a grade left behind under it ("has slipped from good to requires improvement").
 */
export function headingSince(headings: PastHeadings, pos: number): string | null {
  const i = headingAbove(headings, pos);
  return i >= 0 ? headings.since[i]! : null;
}

/** The date the nearest heading above `pos` names for its inspection, or null. */
export function headingDate(headings: PastHeadings, pos: number): string | null {
  const i = headingAbove(headings, pos);
  return i >= 0 ? headings.dates[i]! : null;
}

/** Is `pos` under a heading about an earlier inspection (the nearest heading above it)? */
export function underPastHeading(headings: PastHeadings, pos: number): boolean {
  const i = headingAbove(headings, pos);
  return i >= 0 && headings.past[i]!;
}

/** Index of the nearest heading starting before `pos`, or -1 (binary search). */
function headingAbove(headings: PastHeadings, pos: number): number {
  let lo = 0;
  let hi = headings.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings.starts[mid]! <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && headings.starts[found]! < pos ? found : -1;
}
