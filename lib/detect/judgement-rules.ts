// Judgement rules as data: each finds one shape of "area + grade" and carries its own examples.
import { SENTENCE_REACH } from './anchor-index';
import { LINE_END_REACH } from './anchor-filters';
import { AREA_WORDS, type AreaKey } from './areas';
import { STRICT_GRADE_SOURCE, normaliseGrade } from './grades';
import {
  G,
  Q,
  findDashClauses,
  findGradeNumbers,
  findTableRows,
  headingBefore,
  scanNear,
  stripMarker,
} from './judgement-scanners';
import type { Span } from './text-util';

/** What a rule found: the area and grade as written, and the span that states them. */
export interface RawJudgement extends Span {
  ruleId: string;
  area: string;
  grade: string;
  /** a date the shape itself ties to the grade (a history table's date column) */
  date?: string;
  /** prose shapes get the hypothetical and negation checks; tables and headings do not */
  prose: boolean;
  /** the area key where the rule knows it better than the wording (earlier SLAC "safeguarding") */
  areaKey?: AreaKey;
  /** the earlier inspection's date as written, when the rule ties it to the grade */
  inspection?: string;
  /** a date the wording ties to the grade ("rated ‘good’ in 2014"): earlier unless it is the discussed inspection's */
  dated?: string;
  /** "inadequate in all areas": one mention for every area of that inspection */
  allAreas?: boolean;
  /** the shape itself says the grade is the discussed inspection's ("still requires improvement") */
  current?: boolean;
  /** where the grade word itself stands, when the span reaches well beyond it (sentence-grade-rule.ts) */
  gradeAt?: Span;
}

export interface JudgementRule {
  id: string;
  note: string;
  source: string;
  find: (text: string) => RawJudgement[];
  examples: { match: string[]; miss: string[] };
}

// One blank run after the grade, with or without a full stop in it.
const GRADE_LINE = new RegExp(`^[ \\t]*Grade\\s*[1-4]\\s*\\((${STRICT_GRADE_SOURCE})\\)[ \\t]*$`, 'gim');
const LINE_THEN_GRADE = new RegExp(`^([^\\n\\t]{3,160})\\n(?:[ \\t]*\\n)?[ \\t]*${Q}${G}${Q}\\.?[ \\t]*$`, 'gim');
const HEADING_COLON = new RegExp(`^([^\\n:]{3,160}?(?:\\n[^\\n:]{1,100}?)?):[ \\t]*${Q}${G}${Q}[ \\t]*(?:\\.[ \\t]*)?$`, 'gim');

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
    find: findGradeNumbers,
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
      scanNear(text, GRADE_LINE, SENTENCE_REACH, (m) => {
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
      scanNear(text, HEADING_COLON, LINE_END_REACH, (m) => {
        const area = m[1]!.replace(/\s+/g, ' ').trim();
        // "1. Children who need help and protection: Inadequate": a list number is no sentence end.
        const sentence = /[.;]\s/.test(stripMarker(area));
        // "Our aim for the overall rating: good": a target, not a heading.
        if (
          !AREA_WORDS.test(area) ||
          sentence ||
          /[.;:,]$/.test(m[1]!.split('\n')[0]!.trim()) ||
          /\b(?:aims?|ambition|target|goal)\b/i.test(area)
        )
          return null;
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
        '1. Children who need help and protection: Inadequate',
      ],
      miss: [
        'The experiences of children in care are good overall.',
        'Our aim: good',
        'Ofsted found the following: good',
        'Our aim for the overall rating: good',
      ],
    },
  },
  {
    id: 'area-line-grade-line',
    note: 'SIF page 1: the LSCB heading with its grade alone on the next line',
    source: 'SIF reports 2013–17',
    find: (text) =>
      scanNear(text, LINE_THEN_GRADE, LINE_END_REACH, (m) => {
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

export { rules as structuralJudgementRules };
