// Text from other converters (pdftotext, copies from PDF viewers) put into the shapes the rules
// read, one character for one so every offset, span and highlight stays where it was.

// pdftotext writes a bullet drawn in a symbol font (Wingdings, Symbol) as the font's private-use
// code point (U+F0A7, U+F06E, U+F0B7 …) at the start of its line.
const SYMBOL_BULLET = /^([ \t]*)[\uE000-\uF8FF](?=[ \t]|$)/gm;

/**
 * The text with what other converters write differently made plain, same length:
 * - a form feed (pdftotext's page break) becomes a line break;
 * - a private-use symbol-font bullet at a line start becomes "•".
 * Source: pdftotext 22–24 output (default and -layout) of Ofsted SIF and ILACS report PDFs.
 */
export function normaliseConverterText(text: string): string {
  if (!/[\f\uE000-\uF8FF]/.test(text)) return text;
  return blankPageFurniture(text).replace(/\f/g, '\n').replace(SYMBOL_BULLET, '$1•');
}

const PAGE_NUMBER = /^\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$/i;

/** Non-blank lines next to a page break: `count` after `from` (forward) or before it (backward). */
function linesBeside(text: string, from: number, count: number, forward: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pos = from;
  for (let steps = 0; out.length < count && steps < 12; steps++) {
    if (forward ? pos >= text.length : pos <= 0) break;
    const start = forward ? pos : text.lastIndexOf('\n', pos - 2) + 1;
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (text.slice(start, end).trim() !== '') out.push({ start, end });
    pos = forward ? end + 1 : start;
  }
  return out;
}

// pdftotext -layout sets the page number on the head's line, after (or, on even pages, before) a gutter.
const headKey = (line: string) => line.trim().replace(/^\d{1,3}\s{2,}|\s{2,}\d{1,3}$/g, '');

/**
 * Running heads and page numbers that pdftotext writes at every page break ("Anyshire Council
 * Inspection of services", "7") cut a list or a sentence in two: they become blanks. A head is the
 * first line of a page that starts at least a third of the pages (and three or more); a page number is a bare number (or
 * "Page 3 of 20") among the last two lines of a page or the first three of the next.
 */
function blankPageFurniture(text: string): string {
  const breaks = [...text.matchAll(/\f/g)].map((m) => m.index);
  if (breaks.length < 2) return text;
  const heads = new Map<string, number>();
  const firsts = breaks.map((b) => linesBeside(text, b + 1, 3, true));
  for (const lines of firsts) {
    const head = lines[0] && headKey(text.slice(lines[0].start, lines[0].end));
    if (head) heads.set(head, (heads.get(head) ?? 0) + 1);
  }
  // A running head starts most pages; a section heading that starts two or three pages is kept.
  const often = Math.max(3, breaks.length / 3);
  const blank: { start: number; end: number }[] = [];
  breaks.forEach((b, i) => {
    for (const line of [...firsts[i]!, ...linesBeside(text, b, 2, false)]) {
      const content = text.slice(line.start, line.end);
      if (PAGE_NUMBER.test(content) || (line.start === firsts[i]![0]?.start && heads.get(headKey(content))! >= often))
        blank.push(line);
    }
  });
  if (blank.length === 0) return text;
  const chars = text.split('');
  for (const { start, end } of blank) for (let k = start; k < end; k++) chars[k] = ' ';
  return chars.join('');
}
