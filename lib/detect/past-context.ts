// Where a grade sits in time by its surroundings: a section heading about an earlier inspection
// ("Previous Ofsted inspections", "Progress since the last inspection"), or a paragraph or list
// whose lead-in dates an earlier inspection ("The last inspection report … was published in
// September 2015. The judgements for the local authority were:").
import { datesIn, lineAt } from './text-util';

export const PAST_MARKER =
  /\b(?:last|previous|prior|earlier|preceding|former)\s+(?:\w+\s+)?(?:inspection|inspected|ILACS|SIF|judgements?|judgments?)|\blast (?:inspected|time)\b|\bat that time\b|\bpreviously\b|\b(?:years?|months?|decades?)\s+ago\b|\bmost recent (?:Ofsted )?inspection\b|\bfollows? on from\b|\b(?:was|were) then\s+(?=["'‘“]?(?:judged|rated|found|outstanding|good|adequate|inadequate|requir))/i;

/**
 * "the hard work since the last inspection to achieve the Good rating": an aim's words, but the grade
 * was achieved, and it is the discussed inspection's (the earlier one is the "since" clause's). Tested
 * on the 200 characters before a grade.
 */
export const SINCE_TO_ACHIEVE =
  /\bsince\b[^.;!?\n]{0,140}\bto\s+(?:achieve|secure|gain|reach|earn|attain)\s+(?:an?\s+|the\s+)?["'‘’“”]?$/i;

const PAST_HEADING =
  /^(?:\d{1,2}\.?\s+)?(?:previous (?:Ofsted )?inspections?|(?:the )?(?:last|previous) inspection|inspection history|(?:progress|improvements?) since the (?:last|previous) inspection|previous (?:judgements|grades))\b/i;

export interface PastHeadings {
  /** start offsets of heading lines, in order, and whether each is about an earlier inspection */
  starts: number[];
  past: boolean[];
  /** the date an inspection heading names ("Outcome of Ofsted 2012 and recommendations"), or null */
  dates: (string | null)[];
}

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
  for (const m of linesAfterBlankLines(text)) {
    const line = m[1]!.trim();
    if (/[.;,:]$/.test(line) || /\t/.test(line)) continue;
    starts.push(m.index);
    past.push(PAST_HEADING.test(line));
    dates.push(INSPECTION_HEADING.test(line) ? (datesIn(line)[0] ?? null) : null);
  }
  return { starts, past, dates };
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

// pdftotext -layout indents nested items by six or ten spaces: the mark is looked for after any indent.
const LIST_MARK = /[ \t]{0,16}[-•◼▪■●*–]/y;

/**
 * For an item of a list, the lines that introduce the list, ending in a colon; one blank line
 * between items is crossed. Empty when the line is not a list item.
 */
export function listLeadIn(text: string, lineStart: number): string {
  LIST_MARK.lastIndex = lineStart;
  if (!LIST_MARK.test(text)) return '';
  let pos = lineStart;
  let blanks = 0;
  for (let steps = 0; steps < 20 && pos > 0; steps++) {
    const line = lineAt(text, pos - 1);
    const content = text.slice(line.start, line.end);
    pos = line.start;
    if (content.trim() === '') {
      if (++blanks > 1) return '';
      continue;
    }
    blanks = 0;
    if (/:\s*$/.test(content)) return leadInParagraph(text, line.start, line.end);
  }
  return '';
}

/** The lead-in line with up to 200 characters of its own paragraph before it (not the paragraph above). */
function leadInParagraph(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 200);
  let cut = 0;
  for (const blank of text.slice(from, start).matchAll(/\n[ \t]*\n/g)) cut = blank.index + blank[0].length;
  return text.slice(from + cut, end);
}

/** The sentence before `sentenceStart` when this one points back ("from that inspection", "at that time", "At the time, …"). */
export function pointedBack(text: string, sentence: string, sentenceStart: number): string {
  if (!/\b(?:that|the same) inspection\b|\bat (?:that|the) time\b|\bthen\b/i.test(sentence)) return '';
  const before = text
    .slice(Math.max(0, sentenceStart - 300), sentenceStart)
    .trimEnd()
    .replace(/[.!?]$/, '');
  return before.slice(before.lastIndexOf('.') + 1);
}

const IN_THE_INSPECTION = /^the\s+(?:re-?)?inspection\s+(?:undertaken|carried\s+out|held|completed)\b/i;

/**
 * Is the grade at `at` an achievement worded like an aim? "progress … to achieve a ‘good’ judgement in
 * the inspection undertaken in May 2017" (`after`: the "in …" phrase after the grade's noun), "the
 * hard work since the last inspection to achieve the Good rating" (see SINCE_TO_ACHIEVE).
 */
export function achievedNotAim(text: string, at: number, after: string | undefined): boolean {
  if (after !== undefined && IN_THE_INSPECTION.test(after.trim())) return true;
  return SINCE_TO_ACHIEVE.test(text.slice(Math.max(0, at - 200), at));
}
