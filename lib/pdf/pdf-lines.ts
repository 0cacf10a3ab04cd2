// Groups positioned PDF text items into table-aware rows of cells. Pure: no pdf.js, no DOM.
import { band, groupBaselines, lineLeft, lineRight, splitCells, type PdfItem } from './pdf-baselines';

export type { PdfItem };

/** A horizontal run of items in one cell of a row, top to bottom. */
export interface PdfCell {
  lines: PdfItem[][];
  x: number;
  right: number;
}

export interface PdfRow {
  cells: PdfCell[];
  top: number;
  bottom: number;
  size: number;
  /** the font that prints most of the row's characters */
  font: string;
}

function overlapsHorizontally(a: PdfItem[][], b: PdfItem[][]): boolean {
  return a.some((x) => b.some((y) => lineLeft(x) < lineRight(y) - 1 && lineLeft(y) < lineRight(x) - 1));
}

/**
 * Merges baselines whose bands overlap but whose text does not overlap sideways: a grade cell that
 * wraps ("Requires" / "improvement") beside a one-line label is one table row.
 */
function mergeRows(lines: PdfItem[][]): PdfItem[][][] {
  const rows: PdfItem[][][] = [];
  for (const line of lines) {
    const last = rows[rows.length - 1];
    if (last) {
      const lastBand = band(last[last.length - 1]!);
      const b = band(line);
      const overlap = Math.min(lastBand.top, b.top) - Math.max(lastBand.bottom, b.bottom);
      if (overlap > 1 && !overlapsHorizontally([last[last.length - 1]!], [line])) {
        last.push(line);
        continue;
      }
    }
    rows.push([line]);
  }
  return rows;
}

/** Assigns the row's pieces to columns by horizontal position. */
function toCells(rowLines: PdfItem[][]): PdfCell[] {
  const pieces = rowLines.flatMap((l) => splitCells(l));
  const cells: PdfCell[] = [];
  for (const piece of pieces) {
    const x = lineLeft(piece);
    const right = lineRight(piece);
    const cell = cells.find((c) => x < c.right + 4 && c.x < right + 4 && Math.abs(c.x - x) < 30);
    if (cell) {
      cell.lines.push(piece);
      cell.right = Math.max(cell.right, right);
      cell.x = Math.min(cell.x, x);
    } else cells.push({ lines: [piece], x, right });
  }
  for (const cell of cells) cell.lines.sort((a, b) => b[0]!.y - a[0]!.y);
  return cells.sort((a, b) => a.x - b.x);
}

function makeRow(rowLines: PdfItem[][]): PdfRow {
  const cells = toCells(rowLines);
  const all = rowLines.flat();
  return {
    cells,
    top: Math.max(...all.map((i) => i.y + i.size)),
    bottom: Math.min(...all.map((i) => i.y)),
    size: Math.max(...all.map((i) => i.size)),
    font: dominantFont(all),
  };
}

function dominantFont(items: PdfItem[]): string {
  const chars = new Map<string, number>();
  for (const i of items) chars.set(i.font, (chars.get(i.font) ?? 0) + i.str.trim().length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/**
 * A table row whose cells wrap onto the next line ("The impact of leaders on social work" /
 * "practice with children and families", beside a grade that may wrap too): every piece of the
 * next line sits under a cell of this row, at line spacing.
 */
function isCellContinuation(row: PdfRow, next: PdfRow): boolean {
  if (row.cells.length < 2) return false;
  const gap = row.bottom - next.bottom;
  if (gap > 1.7 * next.size) return false;
  return next.cells.every((cell) => {
    const above = row.cells.findIndex((c) => Math.abs(c.x - cell.x) < 3);
    const right = row.cells[above + 1];
    return above >= 0 && (!right || cell.right < right.x - 2) && cell.lines.length <= 2;
  });
}

function appendContinuation(row: PdfRow, next: PdfRow): void {
  for (const cell of next.cells) row.cells.find((c) => Math.abs(c.x - cell.x) < 3)!.lines.push(...cell.lines);
  row.bottom = next.bottom;
}

/** Page items → rows of cells, top to bottom, with wrapped table labels joined. */
export function layoutPage(items: PdfItem[]): PdfRow[] {
  const visible = items.filter((i) => i.str !== '');
  const rows = mergeRows(groupBaselines(visible)).map(makeRow);
  const out: PdfRow[] = [];
  let continued = 0;
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (prev && continued < 3 && isCellContinuation(prev, row)) {
      appendContinuation(prev, row);
      continued++;
      continue;
    }
    continued = 0;
    out.push(row);
  }
  return out;
}
