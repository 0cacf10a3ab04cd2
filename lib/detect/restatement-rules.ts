// Restatements of a judgement in a report, as other layouts and converters give them: a section
// heading with its grade alone on the next line(s), a table row copied one cell per line, and a
// numbered paragraph that is just "<area> are <grade>.".
import { SENTENCE_REACH, matchesNearGrades } from './anchor-index';
import { LINE_END_REACH, gradeAfterWord } from './anchor-filters';
import { AREA_WORDS, areaKeyOf } from './areas';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { stripMarker } from './judgement-scanners';
import { labelContinuation } from './label-continuation';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;

// A label line, an optional second line of the label (it starts with a non-blank, so it never
// matches a blank line), an optional blank line, then a line that is only a grade (which may wrap:
// "Requires\nimprovement").
const LABEL_THEN_GRADE = new RegExp(
  `^([^\\n\\t]{3,160})\\n(?:([^ \\t\\n][^\\n\\t]{0,79})\\n)?(?:[ \\t]*\\n)?[ \\t]*${Q}${G}${Q}\\.?[ \\t]*$`,
  'gim',
);
const CENTRED_GRADE = /\n[ \t]{8,}\S[^\n]*$/;
const NUMBERED = /^\d{1,2}(?:\.\d{1,2})?\.?[ \t]+[A-Z]/;
const OPEN_END =
  /(?:[.;:,]|\b(?:is|are|was|were|be|been|as|to|of|for|and|or|the|a|an|very|not|in|with|by|remains?|now)|\b(?:judged|rated|found))$/i;

function findLabelThenGrade(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, LABEL_THEN_GRADE, LINE_END_REACH)) {
    // A numbered second line starts the label itself: the line above is another statement
    // ("Children’s services in Anyshire are good" over "1. Children who need help and protection").
    const own = m[2] && NUMBERED.test(m[2]) ? m[2] : null;
    const first = own ?? m[1]!;
    // pdftotext -layout centres the grade (far right, indented) between the label's two lines.
    const runOn = CENTRED_GRADE.test(m[0]) ? labelContinuation(text, m.index + m[0].length) : null;
    const label = (own ? [own] : [m[1]!, m[2], runOn?.words]).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
    const area = stripMarker(label).trim();
    if (area.length < 3 || OPEN_END.test(area) || !/^[A-Z0-9‘“'"]/.test(area) || !AREA_WORDS.test(area)) continue;
    if (/\b(?:grade|judgement)s?$/i.test(area) || (areaKeyOf(area) === 'other' && !/^(?:fostering|capacity)\b/i.test(area)))
      continue;
    const lineStart = own ? m.index + m[0].indexOf('\n') + 1 : m.index;
    const start =
      lineStart + first.length - first.trimStart().length + (first.trimStart().length - stripMarker(first.trimStart()).length);
    out.push({
      ruleId: 'label-line-grade-line',
      area,
      grade: normaliseGrade(m[3]!),
      start,
      end: runOn?.end ?? m.index + m[0].trimEnd().length,
      prose: false,
    });
  }
  return out;
}

// pdftotext -layout centres a one-line label between the two lines of "Requires improvement / to be good".
const GRADE_ROUND_LABEL =
  /^[ \t]{8,}([Rr]equires improvement)[ \t]*\n[ \t]*([A-Z][^\n\t]{2,80}?)[ \t]*\n[ \t]{8,}to be good[ \t]*$/gm;

// The match opens with one blank run before its grade (one unit, anchor-index.ts); after the grade,
// a blank run, a label of at most 81 characters, a blank run, "to be good" and blanks: under 100 units.
const ROUND_LABEL_REACH = { before: 2, after: 100 };

function findGradeRoundLabel(text: string): RawJudgement[] {
  return matchesNearGrades(text, GRADE_ROUND_LABEL, ROUND_LABEL_REACH).flatMap((m) => {
    const area = m[2]!;
    if (!AREA_WORDS.test(area) || areaKeyOf(area) === 'other') return [];
    const start = m.index + m[0].indexOf(area, m[1]!.length);
    const end = m.index + m[0].trimEnd().length;
    return [{ ruleId: 'grade-round-label', area, grade: 'requires improvement', start, end, prose: false }];
  });
}

// "61. Leadership and management are inadequate.": a sentence that is only an area and its grade.
const AREA_SENTENCE = new RegExp(
  `(?:^[ \\t]*\\d{1,3}\\.[ \\t]+|^[ \\t]*|[.!?][ \\t]+)([A-Z][a-z’'-]*(?:,?[ ][A-Za-z’'-]+){0,8})[ ]+(?:is|are)(?:[ ]+judged(?:[ ]+to[ ]+be)?)?[ ]+${Q}${G}${Q}\\.`,
  'gm',
);
// Its grade follows "is", "are", "judged" or "to be" (anchor-filters.ts).
const AREA_SENTENCE_REACH = { ...SENTENCE_REACH, keep: gradeAfterWord(['is', 'are', 'judged', 'be']) };
const SUB_TOPIC = /\b(?:for|of|to|with|about|from|on|by|among|amongst|including|into)\b/i;

function findAreaSentences(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, AREA_SENTENCE, AREA_SENTENCE_REACH)) {
    const area = m[1]!.trim();
    const key = areaKeyOf(area);
    if (key === 'other' || key === 'overall' || SUB_TOPIC.test(area) || area.split(' ').length > 8) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ ruleId: 'area-sentence', area, grade: normaliseGrade(m[2]!), start, end: m.index + m[0].length, prose: true });
  }
  return out;
}

export const restatementJudgementRules: JudgementRule[] = [
  {
    id: 'label-line-grade-line',
    note: 'A section heading or table label (one or two lines), then its grade alone on the next line(s)',
    source: 'ILACS and SIF section headings; tables copied one cell per line; pdftotext output',
    find: findLabelThenGrade,
    examples: {
      match: [
        '1. Children who need help and protection\n\nRequires\nimprovement',
        'The impact of leaders on social work practice with children\nand families\nGood',
        'Overall effectiveness\nInadequate',
      ],
      miss: [
        'The quality of work with children in care is\ngood',
        'Judgement\nGrade',
        'Staff said\ngood',
        'Health outcomes for\ngood',
      ],
    },
  },
  {
    id: 'grade-round-label',
    note: 'A one-line table label centred between "Requires improvement" above and "to be good" under it',
    source: 'pdftotext -layout output of ILACS summary tables (2018 on)',
    find: findGradeRoundLabel,
    examples: {
      match: ['          Requires improvement\n Overall effectiveness\n          to be good'],
      miss: [
        'Requires improvement\nOverall effectiveness\nto be good',
        '          Requires improvement\n Staff said\n          to be good',
      ],
    },
  },
  {
    id: 'area-sentence',
    note: 'A numbered paragraph or sentence that is only an area and its grade',
    source: 'SLAC and SIF reports restating a judgement; council papers',
    find: findAreaSentences,
    examples: {
      match: ['61. Leadership and management are inadequate.', 'Adoption performance is good.'],
      miss: ['Health information for care leavers is good.', 'Staff morale is good.'],
    },
  },
];
