// Column gutters (runs of spaces) read as table cells, offsets unchanged.
import { GRADE_SOURCE } from './grades';

const LINE_END_GRADE = new RegExp(`(?<=\\S) {2}(?=["'‘’“”]?(?:${GRADE_SOURCE})["'‘’“”]?\\.?[ \\t]*$)`, 'gim');

/**
 * Text laid out with runs of spaces as column gutters (pdftotext -layout, some web tables) read as
 * cells: each run of three or more spaces between words becomes a tab and spaces, so every offset
 * stays the same.
 */
export function gutterToTab(text: string): string {
  if (!text.includes('  ')) return text;
  const tab = (run: string) => '\t' + ' '.repeat(run.length - 1);
  // Two spaces are a gutter only before a grade that ends the line ("Care leavers  Good").
  return text.replace(/(?<=\S) {3,}(?=\S)/g, tab).replace(LINE_END_GRADE, tab);
}
