// A grade given in a lead-in ending with a colon, then the framework areas it grades, one per line:
// "Three areas in particular require improvement:\n- The experiences and progress of children who need
// help and protection\n- Overall effectiveness", "Inspectors judged two areas to be good. These are:\n•
// care leavers\n• leadership". Each area line is one mention of the lead-in's grade. Papers and news only
// (council web pages and press items list the areas a grade was given for; ILACS, SIF and SLAC areas).
import { normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { G, aimOrCount, otherProvider, rule } from './news-shared';
import { AREA_NP } from './paper-area-phrases';
import { keyOf } from './sentence-grade-subject';

// A lead-in is the line ending with a colon, read back at most this far.
const LEAD_REACH = 300;
const MAX_ITEMS = 8;
const LEAD_END = /:[ \t]*\n/g;
const GRADE_IN_LEAD = new RegExp(G, 'gi');
// The grade stands as a grade: the clause ends after it, or names what it was given for or by.
const GRADE_ENDS = /^["'’”]?(?:\s*[.:,;–—-]|\s+(?:in|for|across|by|overall|and|to\s+be\s+good)\b)/i;
// The lead-in speaks of areas or judgements, or lists them ("These are:").
const LISTS_AREAS =
  /\b(?:areas?|categor(?:y|ies)|judge?ments?|aspects|following|these\s+(?:are|were|being)|they\s+(?:are|were)|namely|including)\b/i;
// A lead-in that hopes, demands or denies gives no grade.
const NOT_GIVEN = /\b(?:not|never|would|could|might|should|must|needs?\s+to|aims?|target|will|if|whether|to\s+become)\b|\?/i;
// An item: a bullet, a number or a letter, or nothing, then the area's words and at most a full stop.
const ITEM = /^[ \t]*(?:[-–—•*▪●◦]|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)])?[ \t]*([^\n]{3,140}?)[ \t]*[.;,]?[ \t]*$/i;
const AREA_ITEM = new RegExp(`^(?:(?:the\\s+)?overall\\s+effectiveness|${AREA_NP})$`, 'i');

/** The one grade the lead-in ending at `colon` gives, or null (none, two different, or not given). */
function leadGrade(text: string, colon: number): { grade: string; start: number } | null {
  const reach = Math.max(0, colon - LEAD_REACH);
  const from = reach + text.slice(reach, colon).lastIndexOf('\n') + 1;
  const lead = text.slice(from, colon);
  if (!LISTS_AREAS.test(lead)) return null;
  let found: { grade: string; start: number } | null = null;
  for (const m of lead.matchAll(GRADE_IN_LEAD)) {
    if (/\w/.test(lead[m.index - 1] ?? '') || /\w/.test(lead[m.index + m[0].length] ?? '')) continue;
    const end = from + m.index + m[0].length;
    if (!GRADE_ENDS.test(text.slice(end, end + 30))) continue;
    const grade = normaliseGrade(m[0]);
    if (found && found.grade !== grade) return null;
    found ??= { grade, start: from + m.index };
  }
  if (!found) return null;
  const clause = text.slice(from + lead.lastIndexOf('.', found.start - from) + 1, colon);
  return NOT_GIVEN.test(clause) || aimOrCount(text, found.start) || otherProvider(text, found.start) ? null : found;
}

/** Each area line after a lead-in that gives one grade. Linear: each colon reads LEAD_REACH back and MAX_ITEMS lines on. */
export function findLeadInAreaLists(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const colon of text.matchAll(LEAD_END)) {
    const given = leadGrade(text, colon.index);
    if (!given) continue;
    let at = colon.index + colon[0].length;
    for (let n = 0; n < MAX_ITEMS && at < text.length; n++) {
      // one blank line may part the items
      if (text[at] === '\n') at++;
      const eol = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const item = ITEM.exec(text.slice(at, eol));
      const words = item?.[1]?.trim();
      if (!item || !words || !AREA_ITEM.test(words)) break;
      const key = keyOf(words);
      if (key === 'other') break;
      const start = at + item[0].indexOf(item[1]!);
      out.push({
        ruleId: 'lead-in-area-list',
        area: words.replace(/\s+/g, ' '),
        areaKey: key,
        grade: given.grade,
        start,
        end: start + item[1]!.length,
        prose: true,
      });
      at = eol + 1;
    }
  }
  return out;
}

export const leadInAreaListRules: JudgementRule[] = [
  rule('lead-in-area-list', 'A grade in a lead-in ending with a colon, then the areas it grades one per line', findLeadInAreaLists, {
    match: [
      'Three areas in particular require improvement:\n- The experiences and progress of children who need help and protection\n- Leadership\n',
      'Inspectors judged two areas to be good. These are:\n• care leavers\n• adoption\n',
    ],
    miss: [
      'The council aims for these areas to be rated good:\n- care leavers\n',
      'The following areas require improvement:\n- The timeliness of assessments for children in need\n',
    ],
  }),
];
