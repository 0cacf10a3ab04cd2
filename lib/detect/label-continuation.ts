// The last words of a table label that a converter sets on the line after the grade.

// Lower-case words only: a capital starts the next row's label, punctuation a sentence.
const CONTINUATION = /^[ \t]*([a-z][a-z’' -]{0,40}?)[ \t]*(?:\t[^\n]*)?$/;

/**
 * The run-on of a table label on the line after `lineEnd` (the index of the line break that ends a
 * summary row or a grade line): that line's first cell, lower-case words only (at most 41
 * characters), with a blank line or the end of the text after it. Returns the words and the index
 * where they end, or null. Reads at most two lines, so each row costs a bounded look.
 * Source: pdftotext -layout output of ILACS summary tables (2018 on), where the grade is centred
 * between the two lines of its label ("… children in care and" / "Good" / "care leavers").
 */
export function labelContinuation(text: string, lineEnd: number): { words: string; end: number } | null {
  if (text[lineEnd] !== '\n') return null;
  const next = lineEnd + 1;
  const nl = text.indexOf('\n', next);
  const stop = nl === -1 ? text.length : nl;
  if (stop - next > 200) return null;
  const m = CONTINUATION.exec(text.slice(next, stop));
  if (!m) return null;
  if (nl !== -1) {
    const after = text.indexOf('\n', nl + 1);
    const line = text.slice(nl + 1, after === -1 ? Math.min(text.length, nl + 202) : Math.min(after, nl + 202));
    if (line.trim() !== '') return null;
  }
  const words = m[1]!.trimEnd();
  return { words, end: next + m.index + m[0].indexOf(m[1]!) + words.length };
}
