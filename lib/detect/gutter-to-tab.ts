// Column gutters (runs of spaces) read as table cells, offsets unchanged.
import { GRADE_SOURCE } from './grades';

const LINE_END_GRADE = new RegExp(` {2}(?=["'‘’“”]?(?:${GRADE_SOURCE})["'‘’“”]?\\.?[ \\t]*$)`, 'gim');

/**
 * Text laid out with runs of spaces as column gutters (pdftotext -layout, some web tables) read as
 * cells: each run of three or more spaces between words becomes a tab and spaces, so every offset
 * stays the same.
 */
export function gutterToTab(text: string): string {
  if (!text.includes('  ')) return text;
  const once = text.replace(/ {3,}(?=\S)/g, afterWord(text));
  // Two spaces are a gutter only before a grade that ends the line ("Care leavers  Good").
  return once.replace(LINE_END_GRADE, afterWord(once));
}

// A run after a non-blank becomes a tab and spaces. The run is matched first and the character
// before it checked here: a lookbehind tried at every offset of the text cost twice as much.
const NON_BLANK = /\S/;
const afterWord = (text: string) => (run: string, at: number) =>
  at > 0 && NON_BLANK.test(text[at - 1]!) ? '\t' + ' '.repeat(run.length - 1) : run;
