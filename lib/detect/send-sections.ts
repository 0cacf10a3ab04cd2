// Finds the "Areas for priority action" and "Areas for improvement" sections of an area SEND
// report (2023 framework) and splits the improvements into items.
import type { Span } from './text-util';

export interface TextLine extends Span {
  text: string;
}

/** The lines of text[start, end), with their offsets; tabs are kept (they mark table cells). */
export function linesOf(text: string, start: number, end: number): TextLine[] {
  const lines: TextLine[] = [];
  let from = start;
  while (from < end) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 || nl > end ? end : nl;
    lines.push({ text: text.slice(from, to), start: from, end: to });
    from = to + 1;
  }
  return lines;
}

// What follows the last recommendation section in the 2023 reports.
const AFTER = /^[ \t]*(?:Local area partnership details|Information about this inspection|Inspection team|Local area partnership report)\b/gim;
const PRIORITY_HEADING = /^[ \t]*Areas\s+for\s+priority\s+action[ \t]*$/gim;
const IMPROVEMENT_HEADING = /^[ \t]*Areas\s+for\s+improvement[ \t]*$/gim;
const MAX_SECTION = 20000;

/** The first standalone heading line matching `re` at or after `from`: its start and end, or null. */
function headingAt(re: RegExp, text: string, from: number): Span | null {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Where the section that starts at `from` ends: the next closing heading, or MAX_SECTION on. */
function endOf(text: string, from: number): number {
  AFTER.lastIndex = from;
  const m = AFTER.exec(text);
  return Math.min(m ? m.index : text.length, from + MAX_SECTION);
}

/**
 * Spans of the priority action section and the improvement section (each after its heading line;
 * a heading repeated as a table header is skipped by the callers), null where a section is absent.
 * Source: the 2023 framework's layout, "Areas for priority action" then "Areas for improvement",
 * then "Local area partnership details".
 */
export function sendSections(text: string): { priority: Span | null; improvement: Span | null } {
  const apa = headingAt(PRIORITY_HEADING, text, 0);
  const afi = headingAt(IMPROVEMENT_HEADING, text, apa ? apa.end : 0);
  const priority = apa ? { start: apa.end, end: afi ? afi.start : endOf(text, apa.end) } : null;
  const improvement = afi ? { start: afi.end, end: endOf(text, afi.end) } : null;
  return { priority, improvement };
}

const BULLET = /^[ \t]*[•◼▪■●◦*–-]/;
const HEADER_ONLY = /^[ \t]*(?:Areas\s+for\s+improvement|Areas\s+for\s+priority\s+action|Responsible\s+body)[ \t]*$/i;
const ENDS_SENTENCE = /[.!?][’”')]*[ \t]*$/;
// Each area for improvement opens with who must act: "Leaders across the partnership should",
// "Health leaders need to", "The local area partnership must" (2023 framework reports).
const ACTOR_OPENER =
  /^[ \t]*(?:The\s+)?(?:(?:local\s+(?:area\s+)?)?partnership|(?:(?:Area|Health|Local\s+authority|Senior|Strategic|Partnership|System|ICB)\s+)?leaders|commissioners|ICB|local\s+authority)\b[^.\n]{0,60}?\b(?:should|must|needs?\s+to)\b/i;
const STARTS_ITEM = /^[ \t]*[‘“"(]?[A-Z0-9]/;

/**
 * Would the line's first word have fitted on the line before? Then that line was not wrapped but
 * ended its paragraph. Widths are counted in characters, so a margin allows for proportional type.
 */
function fitsBefore(prev: string, line: string, full: number): boolean {
  const firstWord = /\S+/.exec(line)?.[0] ?? '';
  return prev.trim().length + 1 + firstWord.length < 0.92 * full;
}

/**
 * Items of a list written as paragraphs, bulleted or not: an item ends at a line that ends a
 * sentence and is followed by a capitalised, unbulleted line after a blank line, after a bullet
 * list, where that line's first word would have fitted on the line before (a paragraph's end), or
 * where that line opens with who must act ("Leaders across the partnership should"). Lines are read once: linear.
 */
export function paragraphItems(lines: TextLine[]): Span[] {
  const kept = lines.filter((l) => l.text.trim() !== '' && !HEADER_ONLY.test(l.text));
  const full = Math.max(0, ...kept.map((l) => l.text.trim().length));
  const items: Span[] = [];
  let inBullets = false;
  let blankBefore = false;
  let prev: TextLine | null = null;
  for (const line of lines) {
    if (line.text.trim() === '') {
      blankBefore = prev !== null;
      continue;
    }
    if (HEADER_ONLY.test(line.text)) continue;
    const bullet = BULLET.test(line.text);
    const boundary =
      prev === null ||
      (!bullet &&
        STARTS_ITEM.test(line.text) &&
        ENDS_SENTENCE.test(prev.text) &&
        (blankBefore || inBullets || fitsBefore(prev.text, line.text, full) || ACTOR_OPENER.test(line.text)));
    if (boundary) items.push({ start: line.start + (line.text.length - line.text.trimStart().length), end: line.end });
    else items[items.length - 1]!.end = line.end;
    if (bullet) inBullets = true;
    else if (boundary) inBullets = false;
    blankBefore = false;
    prev = line;
  }
  return items;
}
