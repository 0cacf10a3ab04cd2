// Anchoring a clip in a document that may have changed: try the stored offset, then the quote with
// its context, then the quote alone, and say plainly when none of them is there.
export interface TextAnchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
}

export const CONTEXT_CHARS = 32;

/** The anchor of text [start, end) in `text`. */
export function makeAnchor(text: string, start: number, end: number): TextAnchor {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
  };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Where the anchor is in `text` now, or null when it cannot be found. */
export function findAnchor(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  const { quote, prefix, suffix, start } = anchor;
  if (text.slice(start, start + quote.length) === quote) return { start, end: start + quote.length };
  const hits: number[] = [];
  for (let i = text.indexOf(quote); i >= 0 && hits.length < 200; i = text.indexOf(quote, i + 1)) hits.push(i);
  if (hits.length > 0) {
    // Several copies: the one whose surroundings match best, then the one nearest the old offset.
    const score = (i: number) =>
      (text.slice(Math.max(0, i - prefix.length), i) === prefix ? 2 : 0) +
      (text.slice(i + quote.length, i + quote.length + suffix.length) === suffix ? 2 : 0) -
      Math.abs(i - start) / Math.max(1, text.length);
    const best = hits.reduce((a, b) => (score(b) > score(a) ? b : a));
    return { start: best, end: best + quote.length };
  }
  // The same words laid out differently (a PDF and its web page): match with whitespace collapsed.
  const words = squash(quote)
    .trim()
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0 || words.join('').length < 8) return null;
  const m = new RegExp(words.join('\\s+')).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
