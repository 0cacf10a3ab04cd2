// Column gutters (runs of spaces) and the bars of tables copied as text read as table cells, offsets unchanged.
import { GRADE_SOURCE } from './grades';
import { numberedRowsToTabs } from './numbered-rows';

const LINE_END_GRADE = new RegExp(`(?<=\\S) {2}(?=["'‘’“”]?(?:${GRADE_SOURCE})["'‘’“”]?\\.?[ \\t]*$)`, 'gim');
// A bar that closes a row ("… | Good |") is no cell boundary: it becomes blanks.
const CLOSING_BAR = /[ \t]*\|[ \t]*$/gm;
// A bar between cells ("Children in care | Good", "| Adoption | Good |"), with its blanks.
const BAR = /[ \t]*\|[ \t]*/g;

const tab = (run: string) => '\t' + ' '.repeat(run.length - 1);

/**
 * Text laid out with runs of spaces as column gutters (pdftotext -layout, some web tables), or with
 * bars between cells (tables copied from web pages and markdown), read as cells: each run of three
 * or more spaces between words, and each bar with its blanks, becomes a tab and spaces, so every
 * offset stays the same. Numbered rows with single spaces for gutters are read first (numbered-rows.ts).
 */
export function gutterToTab(source: string): string {
  const text = numberedRowsToTabs(source);
  const barred = text.includes('|') ? text.replace(CLOSING_BAR, (run) => ' '.repeat(run.length)).replace(BAR, tab) : text;
  if (!barred.includes('  ')) return barred;
  // Two spaces are a gutter only before a grade that ends the line ("Care leavers  Good").
  return barred.replace(/(?<=\S) {3,}(?=\S)/g, tab).replace(LINE_END_GRADE, tab);
}
