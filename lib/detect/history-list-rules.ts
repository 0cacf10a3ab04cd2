// An inspection history told as a list of dates and grades, one a line, after a lead-in about
// Ofsted's judgements: "Ofsted's judgements of children's services:" / "- 2012: Inadequate" /
// "- June 2016 – Requires improvement". Each line is the grade of the inspection of its date (its
// own when the date is the discussed inspection's). Read only outside Ofsted's own reports.
// Source: council papers, improvement plans and news items retelling an authority's history (2012–25).
import { LIST_REACH, matchesNearGrades } from './anchor-index';
import { normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { G, Q, rule } from './news-shared';
import { listLeadIn } from './past-context';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/**
 * One line: an optional bullet, a date, a colon, dash or tab, the grade alone (or "overall", or SIF's
 * "with outstanding features" after it). Groups: 1 date, 2 grade.
 */
const HISTORY_LINE = new RegExp(
  `^[ \\t]*(?:[-•◼▪■●*–][ \\t]*)?((?:${MONTH}[ \\t]+)?(?:19|20)\\d\\d)[ \\t]*(?::|[-–—]|\\t)[ \\t]*${Q}${G}(?:[ \\t]+overall)?(?:[ \\t]+with[ \\t]+(?:some[ \\t]+)?(?:outstanding|good)[ \\t]+features)?${Q}[ \\t]*\\.?[ \\t]*$`,
  'gim',
);
// The lead-in speaks of inspections or judgements (not of schools or of targets).
const ABOUT_INSPECTIONS = /\b(?:Ofsted|inspect\w*|judge?ments?|ratings?|grades?)\b/i;
const NOT_THE_COUNCIL = /\bschools?\b|\bacadem|\btargets?\b|\bplans?\b/i;

function findHistoryLines(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, HISTORY_LINE, LIST_REACH)) {
    const lead = listLeadIn(text, m.index) || leadInAbove(text, m.index);
    if (!ABOUT_INSPECTIONS.test(lead) || NOT_THE_COUNCIL.test(lead)) continue;
    const start = m.index + m[0].search(/\S/);
    const end = m.index + m[0].trimEnd().length;
    const dated = m[1]!.replace(/\s+/g, ' ');
    out.push({
      ruleId: 'history-list',
      area: 'overall',
      areaKey: 'overall',
      grade: normaliseGrade(m[2]!),
      start,
      end,
      prose: false,
      dated,
    });
  }
  return out;
}

/** For a line without a bullet: the nearest line ending in a colon, or a short heading, above it, across history lines and one blank line each. */
function leadInAbove(text: string, lineStart: number): string {
  let pos = lineStart;
  for (let steps = 0; steps < 12 && pos > 0; steps++) {
    const end = pos - 1;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    pos = start;
    // a lead-in ends with a colon; a heading ("Ofsted ratings timeline") is short and ends no sentence
    if (/:\s*$/.test(line) || (line.length <= 60 && !/[.!?,;]\s*$/.test(line) && ABOUT_INSPECTIONS.test(line))) return line;
    if (line.trim() !== '' && !/^[ \t]*(?:[-•*–][ \t]*)?(?:\w+[ \t]+)?(?:19|20)\d\d\b/.test(line)) return '';
  }
  return '';
}

export const historyListRules: JudgementRule[] = [
  rule(
    'history-list',
    'An inspection history, one "2012: Inadequate" line per inspection, after a lead-in about judgements',
    findHistoryLines,
    {
      match: [
        'Ofsted judgements of children’s services:\n\n- 2012: Inadequate\n- 2016: Requires improvement\n',
        'Inspection history:\n2014 – Good\n2019 – Outstanding\n',
        'The council’s Ofsted ratings:\n• June 2013: ‘Adequate’\n',
      ],
      miss: ['Schools rated by Ofsted:\n- 2019: Good\n', 'Our targets:\n- 2026: Good\n', 'Timeline\n2012: Inadequate\n'],
    },
  ),
];
