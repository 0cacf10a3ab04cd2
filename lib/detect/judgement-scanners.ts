// The scanning pieces behind the structural judgement rules: table rows, headings above a line,
// and "area – grade" clauses. The rules themselves, with their examples, are in judgement-rules.ts.
import { AREA_WORDS } from './areas';
import { GRADE_SOURCE, gradeOfCell, normaliseGrade } from './grades';
import type { RawJudgement } from './judgement-rules';
import { lineAt } from './text-util';

export const G = `(${GRADE_SOURCE})`;
export const Q = `["'‘’“”]?`;
const MARKER = /^\s*(?:[-•◼▪■●*]\s*|\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s+|\(?[a-z][.)]\s+)/;

export const stripMarker = (s: string) => s.replace(MARKER, '');

/** Runs a global regex and maps each match; `null` results are dropped. */
export function scan(text: string, re: RegExp, map: (m: RegExpExecArray) => RawJudgement | null): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of text.matchAll(re)) {
    const found = map(m as RegExpExecArray);
    if (found) out.push(found);
  }
  return out;
}

const HEADER_CELL = /^(?:judgement|grade|area|judgement area|outcome|rating|overall outcome|date|inspection)s?$/i;
const DATE_CELL = /^(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$/;

/** `Area<TAB>[date<TAB>]Grade`: summary tables, history tables and flattened report tables. */
export function findTableRows(text: string): RawJudgement[] {
  return scan(text, /^[^\n]*\t[^\n]*$/gm, (m) => {
    const cells = m[0].split('\t');
    const gradeCell = cells.length - 1;
    const grade = gradeOfCell(cells[gradeCell]!);
    const areaCell = cells.findIndex((c) => c.trim() !== '');
    if (!grade || areaCell < 0 || areaCell >= gradeCell) return null;
    const area = stripMarker(cells[areaCell]!).trim();
    if (!/[a-z]{3}/i.test(area) || area.length > 160 || gradeOfCell(area) || HEADER_CELL.test(area)) return null;
    if (/\(grade\s*[1-4]\)|^grade\s*[1-4]/i.test(area)) return null; // the scale legend
    const between = cells
      .slice(areaCell + 1, gradeCell)
      .map((c) => c.trim())
      .filter(Boolean);
    if (between.some((c) => !DATE_CELL.test(c))) return null;
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead + (cells[areaCell]!.length - cells[areaCell]!.trimStart().length);
    return { ruleId: 'table-row', area, grade, date: between[0], start, end: m.index + m[0].trimEnd().length, prose: false };
  });
}

/** The short heading (one to three lines) that ends right above `pos`, after a blank line. */
export function headingBefore(text: string, pos: number): { area: string; start: number } | null {
  let end = pos;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const start = text.lastIndexOf('\n\n', end - 1) + 1 || 0;
  const last = text.slice(start, end).trim();
  if (!last || last.length > 200 || /[.;:]$/.test(last) || last.split('\n').length > 3) return null;
  return {
    area: last.replace(/\s+/g, ' '),
    start: start + (text.slice(start, end).length - text.slice(start, end).trimStart().length),
  };
}

const DASH_CLAUSE = new RegExp(
  `[ \\t]+[–—-][ \\t]+(?:all\\s+)?(?:(?:judged|rated|found)\\s+)?(?:(?:to be|as)\\s+)?${Q}${G}${Q}(?=[ \\t]*(?:$|[.,;)\\t]|[ \\t]+[A-Z]))`,
  'gim',
);

/** "<areas> – <grade>" clauses, each area list running back to the line, cell, sentence or previous clause. */
export function findDashClauses(text: string): RawJudgement[] {
  let lastEnd = 0;
  return scan(text, DASH_CLAUSE, (m) => {
    const line = lineAt(text, m.index);
    let start = Math.max(line.start, lastEnd);
    const head = text.slice(start, m.index);
    const boundary = Math.max(head.lastIndexOf('\t'), head.lastIndexOf('. '), head.lastIndexOf(': '));
    if (boundary >= 0) start += boundary + (head[boundary] === '\t' ? 1 : 2);
    const area = stripMarker(text.slice(start, m.index)).trim();
    lastEnd = m.index + m[0].length;
    if (area.length < 3 || area.length > 220 || !AREA_WORDS.test(area) || /\b(?:is|are|was|were|and)$/i.test(area)) return null;
    if (!/^(?:[A-Z]|the\b)/.test(area) && !/all\s/i.test(m[0])) return null;
    return {
      ruleId: 'area-dash-grade',
      area,
      grade: normaliseGrade(m[1]!),
      start: start + (text.slice(start).length - text.slice(start).trimStart().length),
      end: lastEnd,
      prose: false,
    };
  });
}
