// Turns laid-out PDF pages into the detector's text model, keeping a map from every character
// back to its page and text item so the viewer can highlight exactly what was detected.
import { layoutPage, type PdfItem, type PdfRow } from './pdf-lines';

/** A run of text copied from one pdf.js text item. */
export interface PdfSegment {
  start: number;
  length: number;
  page: number;
  item: number;
  itemOffset: number;
}

export interface PdfPageInput {
  items: PdfItem[];
  width: number;
  height: number;
}

export interface PdfTextModel {
  text: string;
  /** offset where each page's text begins */
  pageStarts: number[];
  segments: PdfSegment[];
}

// Private-use glyphs from Symbol and Wingdings fonts are bullets in Ofsted and council PDFs.
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

const rowText = (row: PdfRow) =>
  row.cells
    .map((c) => c.lines.map((l) => l.map((i) => i.str).join('')).join(' '))
    .join('\t')
    .trim();

const shapeOf = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/** Rows in the top or bottom margin that repeat across pages (running heads, footers, page numbers). */
function findRunningRows(pages: PdfRow[][], inputs: PdfPageInput[]): Set<string> {
  const counts = new Map<string, number>();
  pages.forEach((rows, p) => {
    const seen = new Set<string>();
    for (const row of rows) if (isInMargin(row, inputs[p]!)) seen.add(shapeOf(rowText(row)));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  const minPages = Math.max(2, Math.ceil(pages.length * 0.3));
  return new Set([...counts].filter(([, n]) => n >= minPages).map(([s]) => s));
}

function isInMargin(row: PdfRow, page: PdfPageInput): boolean {
  const margin = page.height * 0.09;
  return row.top > page.height - margin || row.bottom < margin;
}

function isRunning(row: PdfRow, page: PdfPageInput, running: Set<string>): boolean {
  if (!isInMargin(row, page)) return false;
  const shape = shapeOf(rowText(row));
  return running.has(shape) || /^(page )?#( of #)?$/.test(shape);
}

class TextBuilder {
  text = '';
  segments: PdfSegment[] = [];
  constructor(private readonly page: () => number) {}
  add(item: PdfItem): void {
    const str = item.str.replace(PRIVATE_USE, '•');
    if (str === '') return;
    this.segments.push({ start: this.text.length, length: str.length, page: this.page(), item: item.index, itemOffset: 0 });
    this.text += str;
  }
  raw(s: string): void {
    this.text += s;
  }
}

/** Blank line between paragraphs: a wide vertical gap or a change of font size. */
function isParagraphBreak(prev: PdfRow, row: PdfRow, samePage: boolean): boolean {
  if (Math.abs(prev.size - row.size) > 0.6) return true;
  // Across a page break there is no gap to measure; a new font (a bold heading) still tells.
  // Within a page fonts are no guide: subsets of one typeface get different names.
  return samePage ? prev.bottom - row.bottom > 1.75 * row.size : prev.font !== row.font;
}

function writeRow(b: TextBuilder, row: PdfRow): void {
  row.cells.forEach((cell, c) => {
    if (c > 0) b.raw('\t');
    cell.lines.forEach((line, l) => {
      if (l > 0) b.raw(' ');
      const trimmedStart = line.findIndex((i) => i.str.trim() !== '');
      let previous: PdfItem | undefined;
      for (const item of line.slice(Math.max(0, trimmedStart))) {
        // Some PDFs leave word gaps as positions only, with no space character.
        if (
          previous &&
          item.x - (previous.x + previous.width) > 0.2 * item.size &&
          !/\s$/.test(previous.str) &&
          !/^\s/.test(item.str)
        )
          b.raw(' ');
        b.add(item);
        previous = item;
      }
    });
  });
}

/** Pages of positioned items → one text with lines, tab-separated cells and blank lines between paragraphs. */
export function buildPdfText(inputs: PdfPageInput[]): PdfTextModel {
  const pages = inputs.map((p) => layoutPage(p.items));
  const running = findRunningRows(pages, inputs);
  let pageNo = 0;
  const b = new TextBuilder(() => pageNo);
  const pageStarts: number[] = [];
  let prev: PdfRow | undefined;
  pages.forEach((rows, p) => {
    pageNo = p + 1;
    let samePage = false;
    for (const row of rows) {
      if (isRunning(row, inputs[p]!, running)) continue;
      if (b.text.length > 0) b.raw(prev && isParagraphBreak(prev, row, samePage) ? '\n\n' : '\n');
      if (!samePage) pageStarts.push(b.text.length);
      samePage = true;
      writeRow(b, row);
      prev = row;
    }
    if (!samePage) pageStarts.push(b.text.length); // a page without text
  });
  return { text: b.text, pageStarts, segments: b.segments };
}
