// Paragraphs of plain text for rules that read one paragraph at a time: lines up to a line that holds
// only blanks. A scan of line ends, not a regular expression: the pattern it replaces
// (/[^\n]+(?:\n(?![^\S\n]*\n)[^\n]+)*/g) overflowed the regex engine's backtracking stack on a page
// with a 5 MB run of tabs in a paragraph ("Maximum call stack size exceeded").

/** One paragraph: its first character's offset in the text, and its text (no line end at either side). */
export interface Paragraph {
  index: number;
  text: string;
}

/** Whether text[start, end) holds white space only (no slice of a long line, no regular expression). */
function blankOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/**
 * The paragraphs of `text`, in order: a paragraph opens at any line that is not empty (even one of
 * blanks only) and takes each following line that is not empty and not blanks only (a last line of
 * blanks only, with no line end after it, is taken). Linear in the text: each line is tested once.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let open = -1; // start of the paragraph being read, or -1
  let end = -1; // end of its last line
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const empty = lineEnd === lineStart;
    // A line of blanks only ends the paragraph when a line end follows it.
    const breaks = empty || (nl !== -1 && blankOnly(text, lineStart, lineEnd));
    if (open >= 0 && breaks) {
      out.push({ index: open, text: text.slice(open, end) });
      open = -1;
    }
    if (open < 0 && !empty) open = lineStart;
    if (open >= 0) end = lineEnd;
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  if (open >= 0) out.push({ index: open, text: text.slice(open, end) });
  return out;
}
