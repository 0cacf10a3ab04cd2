// Which grade words a rule's match can hold, told from the few characters around each one: a rule
// whose grade must end its line, open with "requir", or follow one of a few words runs its pattern
// only around the grade words that can, not around every grade word of the text.
// A grade word holding a blank ("requires improvement to be good") is always kept: a shorter grade
// inside it ("good"), or its first words alone, may be what the rule's match holds.
import { isBlank } from './blank-units';

/** Does an anchor [start, end) pass? (See the Reach of anchor-index.ts.) */
export type AnchorFilter = (text: string, start: number, end: number) => boolean;

// Character codes, not one-character strings: these run on every grade word of a text.
const QUOTES = new Set(['"', "'", '‘', '’', '“', '”'].map((q) => q.charCodeAt(0)));
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function holdsBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isBlank(text.charCodeAt(i))) return true;
  return false;
}

/**
 * A grade that ends its line: only quotation marks, full stops, spaces and tabs after it up to a
 * line end (any of those `$` sees with the m flag) or the text's end (`G Q \.?[ \t]*$` with the m flag, as the line-shaped rules end).
 */
export const gradeEndsLine: AnchorFilter = (text, start, end) => {
  if (holdsBlank(text, start, end)) return true;
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
    if (c !== 32 && c !== 9 && c !== 46 && !QUOTES.has(c)) return false;
  }
  return true;
};

/** "requires improvement" and its forms: a rule whose grade group is only that. */
export const gradeIsRequires: AnchorFilter = (text, start) => /^requir/i.test(text.slice(start, start + 6));

/**
 * A grade after one of `words` (lower case), then white space and at most one quotation mark:
 * `(?:w1|w2|…)\s+["'‘’“”]?G`. The word must stand whole (a letter before it is no match).
 */
export function gradeAfterWord(words: readonly string[]): AnchorFilter {
  const set = new Set(words);
  return (text, start, end) => {
    if (holdsBlank(text, start, end)) return true;
    let i = start;
    if (i > 0 && QUOTES.has(text.charCodeAt(i - 1))) i--;
    const blanksEnd = i;
    while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
    if (i === blanksEnd) return false;
    const wordEnd = i;
    while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
    return set.has(text.slice(i, wordEnd).toLowerCase());
  };
}

/** A clause's reach (anchor-index.ts) around a grade that ends its line: the line-shaped rules. */
export const LINE_END_REACH = { before: 400, after: 60, keep: gradeEndsLine };
