// A PDF page's text runs grouped into baselines, and a baseline split into pieces at table gutters:
// the first step of reading a page's layout (pdf-lines.ts makes rows of cells from them). Pure: no
// pdf.js, no DOM.

/** One text run on a page, in PDF user space (y grows upwards). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** pdf.js font name: a change of font between lines marks a heading */
  font: string;
  /** index of the item in the page's getTextContent() items */
  index: number;
}

// Wide enough to keep a superscript footnote marker on its line.
const BASELINE_TOLERANCE = 0.45;

/** Items grouped by baseline: each line's items left to right, lines top to bottom. */
export function groupBaselines(items: PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  let largest = 0;
  for (const item of sorted) {
    // Lines start top to bottom, so only the last few can be near enough: look back from the end
    // while a line could still be within tolerance, and take the first (topmost) that is.
    const reach = BASELINE_TOLERANCE * Math.max(item.size, largest);
    let line: PdfItem[] | undefined;
    for (let k = lines.length - 1; k >= 0 && lines[k]![0]!.y - item.y <= reach; k--) {
      const first = lines[k]![0]!;
      if (Math.abs(first.y - item.y) <= BASELINE_TOLERANCE * Math.max(item.size, first.size)) line = lines[k];
    }
    if (line) line.push(item);
    else {
      lines.push([item]);
      largest = Math.max(largest, item.size);
    }
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b[0]!.y - a[0]!.y);
}

/** Left edge of a line (or a piece of one), in PDF points. */
export const lineLeft = (line: PdfItem[]) => line[0]!.x;
/** Right edge of a line (or a piece of one), in PDF points. */
export const lineRight = (line: PdfItem[]) => Math.max(...line.map((i) => i.x + i.width));
const lineSize = (line: PdfItem[]) => Math.max(...line.map((i) => i.size));

/** Splits a baseline into cells where a gap is wider than a table gutter (16 points, or 1.6 times
 * the text size), except after a list marker or a number alone. */
export function splitCells(line: PdfItem[]): PdfItem[][] {
  const cells: PdfItem[][] = [[]];
  let lastInk: PdfItem | undefined;
  for (const item of line) {
    const blank = item.str.trim() === '';
    // pdf.js fills gaps with wide blank items, so measure from the last item with ink.
    const gap = lastInk ? item.x - (lastInk.x + lastInk.width) : 0;
    // Read the cell so far only at a gutter-wide gap, not at every item of a long cell.
    const afterMarker = () =>
      /^\(?[\d.]+\)?$|^[•◼▪■●◦○*·–-]$/.test(
        cells[cells.length - 1]!.map((i) => i.str)
          .join('')
          .trim(),
      );
    if (!blank && lastInk && gap > Math.max(16, 1.6 * item.size) && !afterMarker()) cells.push([]);
    cells[cells.length - 1]!.push(item);
    if (!blank) lastInk = item;
  }
  return cells.map((c) => trimBlankItems(c)).filter((c) => c.length > 0);
}

// pdf.js pads a cell with blank items: they carry no text and would widen it.
function trimBlankItems(items: PdfItem[]): PdfItem[] {
  let s = 0;
  let e = items.length;
  while (s < e && items[s]!.str.trim() === '') s++;
  while (e > s && items[e - 1]!.str.trim() === '') e--;
  return items.slice(s, e);
}

/** Vertical band of a line: from descender to cap height. */
export const band = (line: PdfItem[]) => ({ top: line[0]!.y + 0.8 * lineSize(line), bottom: line[0]!.y - 0.2 * lineSize(line) });
