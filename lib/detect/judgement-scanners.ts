// The scanning pieces behind the structural judgement rules: table rows, headings above a line,
// and "area – grade" clauses. The rules themselves, with their examples, are in judgement-rules.ts.
import { linesNearGrades, matchesNearGrades, type Reach } from './anchor-index';
import { AREA_WORDS } from './areas';
import { GRADE_SOURCE, STRICT_GRADE_SOURCE, gradeOfCell, normaliseGrade } from './grades';
import type { RawJudgement } from './judgement-rules';
import { labelContinuation } from './label-continuation';
import { lineStartAfter, skipBlanksBack, skipBlanksForward } from './text-util';
import { matchesStartingWith } from './needed-words';

export const G = `(${GRADE_SOURCE})`;
export const Q = `["'‘’“”]?`;
const MARKER = /^\s*(?:[-•◼▪■●*]\s*|\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s+|\(?[a-z][.)]\s+)/;

export const stripMarker = (s: string) => s.replace(MARKER, '');

/** Runs a global regex and maps each match; `null` results are dropped. `first`: a lower-case word every match
 * starts with, so the regex is tried only where it stands (needed-words.ts). */
export function scan(text: string, re: RegExp, map: (m: RegExpExecArray) => RawJudgement | null, first?: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of first ? matchesStartingWith(text, re, first) : text.matchAll(re)) {
    const found = map(m as RegExpExecArray);
    if (found) out.push(found);
  }
  return out;
}

/** `scan` for a regex whose every match holds a grade word: it runs only within `reach` of grade words (anchor-index.ts). */
export function scanNear(
  text: string,
  re: RegExp,
  reach: Reach,
  map: (m: RegExpExecArray) => RawJudgement | null,
): RawJudgement[] {
  return matchesNearGrades(text, re, reach).flatMap((m) => map(m) ?? []);
}

const HEADER_CELL = /^(?:judgement|grade|area|judgement area|outcome|rating|overall outcome|date|inspection)s?$/i;
const DATE_CELL = /^(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$/;

/** The lines holding a tab and a grade word, as matches of /^[^\n]*\t[^\n]*$/gm holding one. */
function tabbedLinesNearGrades(text: string): { 0: string; index: number }[] {
  const lines = linesNearGrades(text);
  const out: { 0: string; index: number }[] = [];
  for (let i = 0; i < lines.length; i += 2) {
    const line = text.slice(lines[i], lines[i + 1]);
    if (line.includes('\t')) out.push({ 0: line, index: lines[i]! });
  }
  return out;
}

/** `Area<TAB>[date<TAB>]Grade`: summary, history and flattened report tables; only lines with a grade word. */
export function findTableRows(text: string): RawJudgement[] {
  return tabbedLinesNearGrades(text).flatMap((m) => tableRow(text, m) ?? []);
}

function tableRow(text: string, m: { 0: string; index: number }): RawJudgement | null {
  const cells = m[0].split('\t');
  const gradeCell = cells.length - 1;
  const grade = gradeOfCell(cells[gradeCell]!);
  const areaCell = cells.findIndex((c) => c.trim() !== '');
  if (!grade || areaCell < 0 || areaCell >= gradeCell) return null;
  // "Overall effectiveness:" or "Help and protection –" before a gutter: the cell is the area alone.
  const cell = stripMarker(cells[areaCell]!).trim();
  // pdftotext -layout: the label's last words on the line under the row ("care leavers").
  const runOn = /[:–—-]$/.test(cell) ? null : labelContinuation(text, m.index + m[0].length);
  const area = /[:–—-]$/.test(cell) ? cell.slice(0, -1).trimEnd() : runOn ? `${cell} ${runOn.words}` : cell;
  if (!/[a-z]{3}/i.test(area) || area.length > 160 || gradeOfCell(area) || HEADER_CELL.test(area)) return null;
  if (/\(grade\s*[1-4]\)|^grade\s*[1-4]/i.test(area)) return null; // the scale legend
  const between = cells
    .slice(areaCell + 1, gradeCell)
    .map((c) => c.trim())
    .filter(Boolean);
  if (between.some((c) => !DATE_CELL.test(c))) return null;
  // The area cell's first letter: the cells before it, their tabs, and its own leading blanks.
  const cellAt = cells.slice(0, areaCell).reduce((n, c) => n + c.length + 1, 0);
  const start = m.index + cellAt + (cells[areaCell]!.length - cells[areaCell]!.trimStart().length);
  const end = runOn?.end ?? m.index + m[0].trimEnd().length;
  return { ruleId: 'table-row', area, grade, date: between[0], start, end, prose: false };
}

/**
 * The short heading (one to three lines, at most 200 characters) that ends right above `pos`, after
 * a blank line. The look back stops as soon as the heading would be too long, so a page of grade
 * lines with no blank line between them costs one short look per line.
 */
export function headingBefore(text: string, pos: number): { area: string; start: number } | null {
  const end = skipBlanksBack(text, pos);
  let first = end; // the heading's first character that is not white space
  for (let i = end - 1; i >= 0 && !(text[i] === '\n' && text[i - 1] === '\n'); i--) {
    if (!/\s/.test(text[i]!)) first = i;
    if (end - first > 200) return null;
  }
  const last = text.slice(first, end).trim();
  if (!last || /[.;:]$/.test(last) || last.split('\n').length > 3) return null;
  return { area: last.replace(/\s+/g, ' '), start: first };
}

const GRADE_NUMBER = new RegExp(`Grade\\s*[1-4]\\s*\\((${STRICT_GRADE_SOURCE})\\)`, 'gi');
const SEPARATOR = /[–:—-]/;

/**
 * "Area – Grade 3 (Adequate)": each "Grade n (grade)" with the area on the line that ends, past
 * blanks and one dash or colon, right before it (area 3–160 characters, no tab, after any indent
 * and bullet). Found from the grade back, so no blank is tried as both area and separator.
 */
export function findGradeNumbers(text: string): RawJudgement[] {
  let lastEnd = 0;
  return scan(
    text,
    GRADE_NUMBER,
    (m) => {
      let areaEnd = skipBlanksBack(text, m.index, lastEnd);
      if (areaEnd > lastEnd && SEPARATOR.test(text[areaEnd - 1]!)) areaEnd = skipBlanksBack(text, areaEnd - 1, lastEnd);
      const lineStart = lineStartAfter(text, areaEnd, lastEnd);
      if (lineStart === lastEnd && lastEnd > 0 && text[lastEnd - 1] !== '\n') return null;
      const lead = /^[ \t]*(?:[-•*]\s*)?/.exec(text.slice(lineStart, Math.min(m.index, lineStart + 400)))![0].length;
      const start = lineStart + lead;
      const area = text.slice(start, Math.max(areaEnd, start + 3));
      if (area.length > 160 || start + area.length > m.index || /[\n\t]/.test(area)) return null;
      lastEnd = m.index + m[0].length;
      const name = stripMarker(area).trim();
      if (!AREA_WORDS.test(name) || /^(?:outstanding|good|adequate|inadequate)$/i.test(name)) return null;
      return { ruleId: 'slac-grade-number', area: name, grade: normaliseGrade(m[1]!), start, end: lastEnd, prose: false };
    },
    'grade',
  );
}

// One blank run before the dash (never from its middle), and one after the grade before a capital.
const DASH_CLAUSE = new RegExp(
  `(?<![ \\t])[ \\t]+[–—-][ \\t]+(?:all\\s+)?(?:(?:judged|rated|found)\\s+)?(?:(?:to be|as)\\s+)?${Q}${G}${Q}(?=[ \\t]*(?:$|[.,;)\\t]|(?<=[ \\t])[A-Z]))`,
  'gim',
);
// From a match's start to its grade: a blank run, the dash, a blank run, "all", "judged", "to be" and a
// quotation mark (21 units, counting each blank run as one); after the grade, a quotation mark and the
// lookahead's blank run and character (3). Twice each.
const DASH_REACH: Reach = { before: 42, after: 6 };

// "four levels of ranking – Outstanding, Good, Requires Improvement and Inadequate": the scale, no grade.
const SCALE_AFTER = new RegExp(`^${Q}\\s*,\\s*${Q}(?:${STRICT_GRADE_SOURCE})\\b`, 'i');
/** "<areas> – <grade>" clauses, each area list running back to the line, cell, sentence or previous clause. */
export function findDashClauses(text: string): RawJudgement[] {
  let lastEnd = 0;
  return scanNear(text, DASH_CLAUSE, DASH_REACH, (m) => {
    let start = lineStartAfter(text, m.index, lastEnd);
    const head = text.slice(start, m.index);
    const boundary = Math.max(head.lastIndexOf('\t'), head.lastIndexOf('. '), head.lastIndexOf(': '));
    if (boundary >= 0) start += boundary + (head[boundary] === '\t' ? 1 : 2);
    const area = stripMarker(text.slice(start, m.index)).trim();
    lastEnd = m.index + m[0].length;
    if (area.length < 3 || area.length > 220 || !AREA_WORDS.test(area) || /\b(?:is|are|was|were|and)$/i.test(area)) return null;
    if (SCALE_AFTER.test(text.slice(lastEnd, lastEnd + 40))) return null;
    if (!/^(?:[A-Z]|the\b)/.test(area) && !/all\s/i.test(m[0])) return null;
    return {
      ruleId: 'area-dash-grade',
      area,
      grade: normaliseGrade(m[1]!),
      start: skipBlanksForward(text, start, m.index),
      end: lastEnd,
      prose: false,
    };
  });
}
