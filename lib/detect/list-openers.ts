// The lines that can open a recommendation list or change its section: the list reader walks line by
// line only while a list is open and jumps between these lines otherwise. Each line is looked at only
// at its two ends, so finding them costs the number of lines, not the number of characters.
import type { Line } from './recommendation-source';

/**
 * The first word every heading rule (recommendation-rules.ts) and section line (LSCB_SECTION,
 * LA_SECTION in recommendation-source.ts) may start with, after blanks, "#", "**" and a number.
 * Lower case: every one of those patterns ignores case. "The" is read apart (theLineMayOpen): it starts
 * most lines of prose.
 */
const FIRST_WORDS = [
  'what',
  'area',
  'priorit',
  'recommendation',
  'conclusion',
  'section',
  'review',
  'effectiveness',
  'summary',
  'executive',
  'ofsted',
  'inspection',
  'inspector',
  'ilacs',
  'key',
  'main',
];

/** The white space String.prototype.trim removes (and the other control characters: a superset). */
function isBlankCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "#", "*", a digit, a full stop or a blank: what may come before a heading's first word. */
function isLeadCode(c: number): boolean {
  return c === 35 || c === 42 || c === 46 || (c >= 48 && c <= 57) || isBlankCode(c);
}

/** Can a line's text open a list or a section? A superset: the rules themselves still decide. */
function mayOpen(text: string): boolean {
  let last = text.length - 1;
  while (last >= 0 && isBlankCode(text.charCodeAt(last))) last--;
  if (last < 0) return false;
  // The lead-in patterns end in a colon or a dash ("The areas identified as requiring improvement
  // comprised –"); a lead-in naming areas to improve may end in a hyphen after a blank ("included -").
  const end = text.charCodeAt(last);
  if (end === 58 || end === 0x2013 || end === 0x2014) return true;
  if (end === 45 && last > 0 && isBlankCode(text.charCodeAt(last - 1))) return true;
  let first = 0;
  while (first < last && isLeadCode(text.charCodeAt(first))) first++;
  if (startsWithWord(text, first, last + 1, 'the')) return theLineMayOpen(text, first + 3, last);
  return FIRST_WORDS.some((w) => startsWithWord(text, first, last + 1, w));
}

/**
 * A line starting "The…" (most lines of prose) that does not end in a colon or a dash can open a
 * list or a section only as the LSCB's section line ("The local safeguarding children board",
 * "The effectiveness of the LSCB"), a heading naming the inspection's recommendations, a committee's "The Cabinet is asked to" or a minute's "The
 * Committee RESOLVED to;" / "… agreed that". `after`: the offset after "the"; `last`: the line's last
 * non-blank offset. A superset of what those patterns read, so the list reader's result is unchanged.
 */
function theLineMayOpen(text: string, after: number, last: number): boolean {
  if (THE_LINE_SECOND_WORDS.some((w) => startsWithWord(text, after, last + 1, w))) return true;
  const end = text.charCodeAt(last);
  if (end === 59 || end === 45) return true; // ";" or "-"
  return THE_LINE_LAST_WORDS.some((w) => last + 1 - w.length >= after && startsWithWord(text, last + 1 - w.length, last + 1, w));
}

/** The second words of a "The…" section line or heading: "The local safeguarding children board", "The inspection’s recommendations". */
const THE_LINE_SECOND_WORDS = [' local', ' effectiveness', ' inspection', ' ofsted'];

/** The last words of the committee and minute lead-ins a "The…" line may be (COMMITTEE_LEAD_IN, RESOLVED_LEAD_IN). */
const THE_LINE_LAST_WORDS = ['to', 'that', 'resolved', 'agreed', 'decided'];

/** Does `text` hold lower-case ASCII `word` at `at` (before `end`), in any capitalisation? No copy made. */
function startsWithWord(text: string, at: number, end: number, word: string): boolean {
  if (at + word.length > end) return false;
  // c | 32 lower-cases A–Z and leaves a–z; no other character becomes a lower-case ASCII letter.
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** Indexes into `lines` (from splitLines) of the lines that may open a list or a section, in order. O(lines). */
export function listOpenerLines(lines: Line[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) if (mayOpen(lines[i]!.text)) out.push(i);
  return out;
}
