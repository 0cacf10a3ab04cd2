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
  return text.replace(/\f/g, '\n').replace(SYMBOL_BULLET, '$1•');
}
