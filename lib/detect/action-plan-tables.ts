// An action plan's table, as committee papers restate an inspection's recommendations: one row each,
// the recommendation in one column and the council's actions, leads and dates in others
// ("Recommendation | Action | Lead | Date"). Rows flattened to text keep their cells apart by tabs,
// bars or gutters of two or more blanks. Only a header naming a recommendation column and an action
// column opens a table; each line is split once, so the reading is linear in the text.
import type { RecommendationSource } from '../model/findings';
import { isBlank, sourceOfLeadIn, linesOf, type Line } from './recommendation-source';

interface Cell {
  text: string;
  start: number;
}
type Splitter = 'tab' | 'bar' | 'gutter';

/** The recommendation column's header: "Recommendation", "Ofsted recommendation", "Area for improvement". */
const RECOMMENDATION_HEADER =
  /^(?:(?:Ofsted|Inspection|ILACS)(?:[’']s)?\s+)?(?:recommendations?|areas?\s+(?:for|of)\s+(?:improvement|development)|improvement\s+areas?|what\s+needs\s+to\s+improve\??|areas?\s+to\s+improve)(?:\s+\(?(?:from\s+)?(?:Ofsted|the\s+inspection|ILACS)\)?)?$/i;
/** An action column's header: "Action", "What we will do", "Lead", "By when", "RAG". */
const ACTION_HEADER =
  /\b(?:actions?|what\s+we\s+(?:will|have|are)|response|lead|owner|responsib\w*|timescales?|by\s+when|deadline|target|date|progress|RAG|status|update|impact)\b/i;
/** A header naming the inspectorate or areas for improvement: its column is the inspection's. */
const INSPECTION_HEADER = /Ofsted|Inspection|ILACS|area|improve/i;
/** A Markdown table's rule under its header: "|---|:--|". */
const RULE_ROW = /^[ \t]*\|?[ \t]*:?-{3,}/;
const MAX_ROWS = 40;

/** The cells of a line split the way `by` says, each trimmed, with its offset; empty cells kept (tabs, bars). */
function cellsOf(line: Line, by: Splitter): Cell[] {
  const parts = by === 'tab' ? /[^\t]+|(?<=\t)(?=\t)/g : by === 'bar' ? /[^|]+/g : /\S+(?: \S+)*/g;
  const out: Cell[] = [];
  for (const m of line.text.matchAll(parts)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ text: m[0].trim(), start: line.start + m.index + lead });
  }
  // "| a | b |": the blanks before the first bar and after the last are no cells.
  return by === 'bar' ? out.filter((c, k) => c.text !== '' || (k > 0 && k < out.length - 1)) : out;
}

function splitterOf(text: string): Splitter | null {
  if (text.includes('\t')) return 'tab';
  if (text.includes('|')) return 'bar';
  return /\S {2,}\S/.test(text) ? 'gutter' : null;
}

/** The header on line i: how its cells are split and which column holds the recommendations, or null. */
function headerAt(line: Line): { by: Splitter; column: number; inspection: boolean } | null {
  if (!/recommend|improv|develop/i.test(line.text)) return null;
  const by = splitterOf(line.text);
  if (!by) return null;
  const cells = cellsOf(line, by);
  const column = cells.findIndex((c) => RECOMMENDATION_HEADER.test(c.text));
  if (column < 0 || !cells.some((c, k) => k !== column && ACTION_HEADER.test(c.text))) return null;
  return { by, column, inspection: INSPECTION_HEADER.test(cells[column]!.text) };
}

/** The recommendation cells of the table whose header is line i, and the line after the table. */
function readTable(lines: Line[], i: number, by: Splitter, column: number): { cells: Cell[]; next: number } {
  const out: Cell[] = [];
  let k = i + 1;
  for (; k < lines.length && k <= i + MAX_ROWS; k++) {
    const line = lines[k]!;
    if (isBlank(line)) {
      if (isBlank(lines[k + 1])) break;
      continue;
    }
    if (RULE_ROW.test(line.text)) continue;
    if (splitterOf(line.text) !== by) break;
    const cells = cellsOf(line, by);
    if (cells.length < 2) break;
    const cell = cells[column];
    if (!cell) continue;
    // "1. The quality of …": the row's number is no part of the recommendation.
    const number = /^\(?\d{1,2}[.)]?\s+/.exec(cell.text)?.[0].length ?? 0;
    const text = cell.text.slice(number).replace(/[;,]$/, '');
    if (text.length >= 12 && /[a-z]/.test(text)) out.push({ text, start: cell.start + number });
  }
  return { cells: out, next: k };
}

/** Each recommendation cell of an action plan table in a paper, with its source (`fallback` unless a header or the text before says). */
export function actionPlanRecommendations(
  text: string,
  fallback: RecommendationSource,
): { quote: string; start: number; source: RecommendationSource }[] {
  const lines = linesOf(text);
  const out: { quote: string; start: number; source: RecommendationSource }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines[i]!);
    if (!header) continue;
    const said = sourceOfLeadIn('', text.slice(Math.max(0, lines[i]!.start - 600), lines[i]!.start), { kind: 'paper' });
    const source = header.inspection ? 'inspection' : said === 'committee' ? fallback : said;
    const table = readTable(lines, i, header.by, header.column);
    for (const c of table.cells) out.push({ quote: c.text, start: c.start, source });
    i = table.next - 1;
  }
  return out;
}
