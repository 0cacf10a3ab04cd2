// Judgement rules as data: each finds one shape of "area + grade" and carries its own examples.
import { AREA_WORDS } from './areas';
import { GRADE_SOURCE, STRICT_GRADE_SOURCE, gradeOfCell, normaliseGrade } from './grades';
import { lineAt, type Span } from './text-util';

/** What a rule found: the area and grade as written, and the span that states them. */
export interface RawJudgement extends Span {
  ruleId: string;
  area: string;
  grade: string;
  /** a date the shape itself ties to the grade (a history table's date column) */
  date?: string;
  /** prose shapes get the hypothetical and negation checks; tables and headings do not */
  prose: boolean;
}

export interface JudgementRule {
  id: string;
  note: string;
  source: string;
  find: (text: string) => RawJudgement[];
  examples: { match: string[]; miss: string[] };
}

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;
const MARKER = /^\s*(?:[-•◼▪■●*]\s*|\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s+|\(?[a-z][.)]\s+)/;

const stripMarker = (s: string) => s.replace(MARKER, '');

/** Runs a global regex and maps each match; `null` results are dropped. */
function scan(text: string, re: RegExp, map: (m: RegExpExecArray) => RawJudgement | null): RawJudgement[] {
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
function findTableRows(text: string): RawJudgement[] {
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

const rules: JudgementRule[] = [
  {
    id: 'table-row',
    note: 'A table row flattened to text: area, optional date cells, and a cell that is only a grade',
    source: 'SLAC record of main findings, SIF/ILACS summary tables, council history tables',
    find: findTableRows,
    examples: {
      match: [
        'Overall effectiveness\tAdequate',
        'Adoption\tNov 2010\tGood',
        '2.1 Adoption performance\tRequires Improvement',
        'The impact of leaders on social work practice with children and families\tRequires improvement to be good',
      ],
      miss: [
        'Outstanding (Grade 1)\tA service that significantly exceeds minimum requirements',
        'Good (Grade 2)\tA service that exceeds minimum',
        'Judgement\tGrade',
        'Good\t9',
      ],
    },
  },
  {
    id: 'slac-grade-number',
    note: 'SLAC and 2013 looked after children reports: "Area – Grade 3 (Adequate)"',
    source: 'Ofsted/CQC SLAC 2009–12 and council papers quoting them',
    find: (text) =>
      scan(
        text,
        new RegExp(
          `^[ \\t]*(?:[-•*]\\s*)?([^\\n\\t]{3,160}?)\\s*[–:—-]?\\s*Grade\\s*[1-4]\\s*\\((${STRICT_GRADE_SOURCE})\\)`,
          'gim',
        ),
        (m) => {
          const area = stripMarker(m[1]!).trim();
          if (!AREA_WORDS.test(area) || /^(?:outstanding|good|adequate|inadequate)$/i.test(area)) return null;
          const start = m.index + m[0].indexOf(m[1]!);
          return {
            ruleId: 'slac-grade-number',
            area,
            grade: normaliseGrade(m[2]!),
            start,
            end: m.index + m[0].length,
            prose: false,
          };
        },
      ),
    examples: {
      match: [
        'Overall effectiveness – Grade 3 (Adequate)',
        'Overall Effectiveness: Grade 3 (Adequate)',
        '- Capacity for improvement – Grade 2 (Good)',
      ],
      miss: ['Outstanding (Grade 1)\tA service that significantly exceeds minimum requirements', 'Good (Grade 2)'],
    },
  },
  {
    id: 'grade-line-under-heading',
    note: 'A heading naming the area, then a line that is only "Grade 3 (Adequate)"',
    source: 'Ofsted looked after children inspections 2012–13',
    find: (text) =>
      scan(text, new RegExp(`^[ \\t]*Grade\\s*[1-4]\\s*\\((${STRICT_GRADE_SOURCE})\\)[ \\t]*$`, 'gim'), (m) => {
        const heading = headingBefore(text, m.index);
        if (!heading || !AREA_WORDS.test(heading.area)) return null;
        return {
          ruleId: 'grade-line-under-heading',
          area: heading.area,
          grade: normaliseGrade(m[1]!),
          start: heading.start,
          end: m.index + m[0].trimEnd().length,
          prose: false,
        };
      }),
    examples: {
      match: [
        'Capacity to improve\n\nGrade 2 (Good)',
        'Overall effectiveness of services for looked\nafter children and young people\n\nGrade 3 (Adequate)',
      ],
      miss: ['The team was praised.\n\nGrade 2 (Good)'],
    },
  },
  {
    id: 'area-dash-grade',
    note: 'History-table cells and lists: "Care leavers – requires improvement", "…, LSCB – all judged inadequate"',
    source: 'Council papers and commissioner reports summarising inspections',
    find: findDashClauses,
    examples: {
      match: [
        'Safeguarding effectiveness – adequate Looked after children effectiveness – good',
        'Children who need help and protection, Adoption, LSCB – all judged inadequate. Care leavers – requires improvement',
      ],
      miss: ['Domestic abuse work – good examples of joint work', 'Staff morale – good'],
    },
  },
  {
    id: 'heading-colon-grade',
    note: 'ILACS section headings restate the grade: "<area>: <grade>"',
    source: 'ILACS reports 2018 on',
    find: (text) =>
      scan(text, new RegExp(`^([^\\n:]{3,160}?(?:\\n[^\\n:]{1,100}?)?):[ \\t]*${Q}${G}${Q}[ \\t]*\\.?[ \\t]*$`, 'gim'), (m) => {
        const area = m[1]!.replace(/\s+/g, ' ').trim();
        if (!AREA_WORDS.test(area) || /[.;]\s/.test(area) || /[.;:,]$/.test(m[1]!.split('\n')[0]!.trim())) return null;
        return {
          ruleId: 'heading-colon-grade',
          area: stripMarker(area),
          grade: normaliseGrade(m[2]!),
          start: m.index,
          end: m.index + m[0].trimEnd().length,
          prose: false,
        };
      }),
    examples: {
      match: [
        'The experiences and progress of children who need help and\nprotection: requires improvement to be good',
        'Overall effectiveness: good',
        'The impact of leaders on social work practice with children and families: outstanding',
      ],
      miss: ['The experiences of children in care are good overall.', 'Our aim: good', 'Ofsted found the following: good'],
    },
  },
  {
    id: 'area-line-grade-line',
    note: 'SIF page 1: the LSCB heading with its grade alone on the next line',
    source: 'SIF reports 2013–17',
    find: (text) =>
      scan(text, new RegExp(`^([^\\n\\t]{3,160})\\n(?:[ \\t]*\\n)?[ \\t]*${Q}${G}${Q}\\.?[ \\t]*$`, 'gim'), (m) => {
        const area = m[1]!.trim();
        if (
          !/effectiveness|safeguarding children board|LSCB|overall judgement/i.test(area) ||
          /[.;:,]$|\b(?:is|are|was|were)$/i.test(area)
        )
          return null;
        return {
          ruleId: 'area-line-grade-line',
          area: stripMarker(area),
          grade: normaliseGrade(m[2]!),
          start: m.index + m[0].indexOf(area),
          end: m.index + m[0].trimEnd().length,
          prose: false,
        };
      }),
    examples: {
      match: ['The effectiveness of the Local Safeguarding Children Board (LSCB)\nrequires improvement'],
      miss: ['The effectiveness of the board is\ngood', 'Staff said\ngood'],
    },
  },
];

/** The short heading (one to three lines) that ends right above `pos`, after a blank line. */
function headingBefore(text: string, pos: number): { area: string; start: number } | null {
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
function findDashClauses(text: string): RawJudgement[] {
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

export { rules as structuralJudgementRules };
