// Restatements of an area's grade in the body of an SIF report (2013–17 framework), in the
// framework's own area names: "The graded judgement about the experience and progress of care
// leavers is that it requires improvement", a section heading "Leadership, management and
// governance requires improvement", a sentence "Services to children in need of help and protection
// are good", and a summary table row whose label wraps around a two-line grade cell.
import { SENTENCE_REACH, anchorIndex, matchesNearGrades } from './anchor-index';
import { AREA_WORDS, areaKeyOf } from './areas';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { stripMarker } from './judgement-scanners';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;
// Words of a phrase may wrap onto the next line.
const wrap = (s: string) => s.replace(/ /g, '\\s+');
// Any run of a sentence's words: no stop, colon or cell, and a line break only where the sentence
// wraps, so a phrase never runs into the next heading or row. The patterns ignore case, so a wrap
// that goes on in capitals (a new heading) is refused after the match (WRAPS_INTO_HEADING).
const WORDS = `(?:[^.;:\\t\\n]|\\n(?=[a-z]))`;
const WRAPS_INTO_HEADING = /\n[A-Z]/;

const GRADED_JUDGEMENT = new RegExp(
  `\\b${wrap('the graded judge?ment')}\\s+(?:for|about|on|of)\\s+(${WORDS}{3,160}?)\\s+is\\s+(?:that\\s+(?:it|they)\\s+(?:(?:is|are)\\s+)?)?${Q}${G}`,
  'gi',
);

// The framework's area names (SIF 2013–17) that open a sentence or heading grading that area.
const AREA_HEAD = [
  `(?:the )?experiences? and progress of (?:children|care leavers|young people)${WORDS}{0,100}?`,
  'leadership,? management and governance',
  '(?:the )?effectiveness of the (?:LSCB|local safeguarding children board)(?: \\(LSCB\\))?',
  `services (?:for|to) (?:children|care leavers|looked after children|young people)${WORDS}{0,80}?`,
  'adoption performance(?: and support)?',
]
  .map(wrap)
  .join('|');
const AREA_STATEMENT = new RegExp(
  `(?:^[ \\t]*(?:\\d{1,3}\\.[ \\t]+)?|[.!?][ \\t]+)(${AREA_HEAD})\\s+(?:(?:is|are|remains?)(?:\\s+now)?\\s+${Q}${G}${Q}|(requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?))` +
    `(?=\\s+(?:overall|and|because|with|in all)\\b|\\s*(?:[.,;:]|$))`,
  'gim',
);

// "2. Children looked after and achieving<TAB>Requires" / "permanence<TAB>Improvement".
// The label and the grade's first line are split by a tab, or on ILACS covers as pdf.js reads them
// by one space before "Requires" ("… who need help Requires improvement" / "and protection\tto be good").
const WRAPPED_ROW =
  /^([^\t\n]{3,120})(?:\t[ \t]*| (?=Requires\b))([A-Za-z][A-Za-z ]{2,40}?)[ \t]*\n([^\t\n]{2,80})\t[ \t]*([A-Za-z][A-Za-z ]{1,40}?)[ \t]*$/gm;
const WHOLE_GRADE = new RegExp(`^(?:${GRADE_SOURCE})$`, 'i');
// A grade split over two cells is one of two words ("Requires | improvement", "Performs | well"):
// every row starts the grade's first cell with one of these. The label before it is at most 121
// characters (blanks counted as one), the rest of the row at most 163.
const SPLIT_GRADE_START = anchorIndex(/requir|perform/gi);
const WRAPPED_ROW_REACH = { before: 130, after: 170 };

function findGradedJudgements(text: string): RawJudgement[] {
  return matchesNearGrades(text, GRADED_JUDGEMENT, SENTENCE_REACH).flatMap((m) => {
    const area = m[1]!.replace(/\s+/g, ' ').trim();
    const key = areaKeyOf(area);
    if (key === 'other' || WRAPS_INTO_HEADING.test(m[1]!)) return [];
    return [
      {
        ruleId: 'graded-judgement',
        area,
        areaKey: key,
        grade: normaliseGrade(m[2]!),
        start: m.index,
        end: m.index + m[0].length,
        prose: true,
      },
    ];
  });
}

function findAreaStatements(text: string): RawJudgement[] {
  return matchesNearGrades(text, AREA_STATEMENT, SENTENCE_REACH).flatMap((m) => {
    const area = m[1]!.replace(/\s+/g, ' ').trim();
    const key = areaKeyOf(area);
    // A capital: the start of a sentence or heading, not a wrapped line inside one.
    if (!/^[A-Z]/.test(area) || key === 'other' || key === 'overall' || WRAPS_INTO_HEADING.test(m[1]!)) return [];
    const start = m.index + m[0].indexOf(m[1]!);
    return [
      {
        ruleId: 'area-statement',
        area,
        areaKey: key,
        grade: normaliseGrade(m[2] ?? m[3]!),
        start,
        end: m.index + m[0].length,
        prose: true,
      },
    ];
  });
}

function findWrappedRows(text: string): RawJudgement[] {
  return matchesNearGrades(text, WRAPPED_ROW, WRAPPED_ROW_REACH, SPLIT_GRADE_START).flatMap((m) => {
    const grade = `${m[2]!.trim()} ${m[4]!.trim()}`;
    const first = stripMarker(m[1]!.trim());
    const area = `${first} ${m[3]!.trim()}`;
    if (!WHOLE_GRADE.test(grade) || !AREA_WORDS.test(area) || areaKeyOf(area) === 'other') return [];
    const start = m.index + m[0].indexOf(first);
    return [{ ruleId: 'wrapped-row', area, grade: normaliseGrade(grade), start, end: m.index + m[0].length, prose: false }];
  });
}

export const areaRestatementRules: JudgementRule[] = [
  {
    id: 'graded-judgement',
    note: '"The graded judgement for/about <area> is (that it is) <grade>", over line breaks',
    source: 'SIF reports 2014–17, the closing line of each area section',
    find: findGradedJudgements,
    examples: {
      match: [
        'The graded judgement about the experience and progress of care leavers\nis that it requires improvement to be good.',
      ],
      miss: ['The graded judgement for staff is good.'],
    },
  },
  {
    id: 'area-statement',
    note: 'A sentence or heading that opens with a framework area name and gives its grade',
    source: 'SIF reports 2013–17: section headings and summaries',
    find: findAreaStatements,
    examples: {
      match: [
        'Leadership, management and governance requires improvement',
        'Services to\nchildren in need of help and protection are good.',
      ],
      miss: ['the quality of\nservices for care leavers is good.', 'Services for care leavers are not yet good.'],
    },
  },
  {
    id: 'wrapped-row',
    note: 'A summary table row whose label wraps onto a second line around a two-line grade cell',
    source: 'SIF reports 2014–17, summary of judgements',
    find: findWrappedRows,
    examples: {
      match: [
        '2. Children looked after and achieving\tRequires\npermanence\tImprovement',
        'The experiences and progress of children who need help Requires improvement\nand protection\tto be good',
      ],
      miss: ['Judgement\tGrade\nDate\tSeen'],
    },
  },
];
