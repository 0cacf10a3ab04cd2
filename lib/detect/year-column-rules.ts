// Comparison tables in council papers with one grade column per inspection year, flattened to one
// cell per line: "2024 Grade" / "2019 Grade" / "Overall effectiveness" / "Requires improvement to be
// good" / "Requires improvement to be good". The newer column is read by the table rules; this rule
// gives each cell of the older column its own mention, dated with that column's year.
import { AREA_WORDS } from './areas';
import { gradeOfCell } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';

const HEADER =
  /^[ \t]*((?:19|20)\d\d)[ \t]+(?:grade|judge?ment|rating|outcome)s?[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*((?:19|20)\d\d)[ \t]+(?:grade|judge?ment|rating|outcome)s?[ \t]*$/gim;
// Rows read after one header before the table is taken to have ended.
const MAX_LINES = 80;

function cellsAfter(text: string, from: number): { start: number; end: number; cell: string }[] {
  const out: { start: number; end: number; cell: string }[] = [];
  let at = from;
  while (at < text.length && out.length < MAX_LINES) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const cell = text.slice(at, end).trim();
    if (cell)
      out.push({
        start: at + text.slice(at, end).indexOf(cell),
        end: at + text.slice(at, end).indexOf(cell) + cell.length,
        cell,
      });
    at = end + 1;
  }
  return out;
}

function findYearColumns(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of text.matchAll(HEADER)) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (first === second) continue;
    const olderColumn = first < second ? 0 : 1;
    let label: string | null = null;
    let column = 0;
    for (const c of cellsAfter(text, m.index + m[0].length)) {
      const grade = gradeOfCell(c.cell);
      if (grade === null) {
        // A sentence ends the table; a short line is the next row's label.
        if (/[.:;]$/.test(c.cell) || c.cell.length > 160) break;
        label = c.cell;
        column = 0;
        continue;
      }
      if (label && AREA_WORDS.test(label) && column === olderColumn)
        out.push({
          ruleId: 'year-column-cell',
          area: label,
          grade,
          start: c.start,
          end: c.end,
          prose: false,
          inspection: olderColumn ? m[2]! : m[1]!,
        });
      column++;
    }
  }
  return out;
}

export const yearColumnRules: JudgementRule[] = [
  {
    id: 'year-column-cell',
    note: 'The older grade column of a comparison table with a year in each column heading, one cell per line',
    source: 'Council committee papers comparing an ILACS inspection with the one before',
    find: findYearColumns,
    examples: {
      match: ['2024 Grade\n\n2019 Grade\n\nOverall effectiveness\n\nGood\n\nRequires Improvement to be Good\n'],
      miss: ['2024 Grade\n\n2024 Grade\n\nOverall effectiveness\n\nGood\n\nGood\n'],
    },
  },
];
