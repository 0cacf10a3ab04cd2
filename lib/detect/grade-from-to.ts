// A change of grade in papers and news: "upgraded from inadequate (in 2016) to ‘requires improvement
// to be good’". The grade left behind is an earlier inspection's (its date when the text gives one,
// else "previous"); the new grade's date is read from the sentence without the left-behind clause.
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import { gradeAfterWord } from './anchor-filters';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { RawJudgement } from './judgement-rules';
import { aimOrCount, otherProvider } from './news-shared';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const YEAR_IN = new RegExp(
  `\\b(?:in|of)\\s{1,20}((?:${MONTH}\\s{1,20})?(?:19|20)\\d\\d(?:\\s{1,20}and\\s{1,20}(?:${MONTH}\\s{1,20})?(?:19|20)\\d\\d)?)`,
  'i',
);
export const NOUN = '(?:\\s{1,20}(?:rating|judge?ment|grade|status|label))?';

// Movement words of press and committee wording: "to go from", "made the jump from", "the leap from".
const MOVE =
  'go|goes|going|move|moves|moving|jump|jumps|jumping|leap|leaps|leapt|leaped|climb|climbs|climbing|rise|rises|rising|upgrades|raises|improves|progresses|downgrades|' +
  // A fall: "has slipped from good to requires improvement", "declined from", "sank from".
  'slip|slips|slipped|slipping|decline|declines|declined|declining|sink|sinks|sank|sunk|drop|drops|dropping|fall|falls|falling|deteriorated';

/** "upgraded … from (the) ‘inadequate’ (awarded in 2013 and 2015), to ‘requires improvement’": groups 1 from, 2 between, 3 to. */
const FROM_TO = new RegExp(
  `\\b(?:upgraded|moved|improved|raised|rose|risen|gone|went|jumped|climbed|progressed|downgraded|dropped|fell|fallen|${MOVE})\\b[^.;\\n]{0,60}?\\bfrom\\s{1,20}(?:the\\s{1,20}|an?\\s{1,20})?${Q}${G}${Q}${NOUN}([^.;\\n]{0,60}?)\\s{1,20}to\\s{1,20}(?:be\\s{1,20}|an?\\s{1,20})?${Q}${G}`,
  'gi',
);

/** The part of a sentence about a grade left behind ("from the ‘inadequate’ awarded in 2013 and 2015,"), whose dates are not the new grade's. */
export const LEFT_BEHIND_CLAUSE = new RegExp(
  `\\bfrom\\s{1,20}(?:the\\s{1,20}|an?\\s{1,20})?${Q}${G}${Q}${NOUN}[^.;\\n]{0,60}?(?=\\s{1,20}to\\s)|\\b(?:after|having)\\s{1,20}(?:being|been)\\s{1,20}previously\\s{1,20}[^.;,]{0,80}` +
    `|\\b(?:improvement|change|step\\s{1,20}up|rise|move)\\s{1,20}(?:from|on)\\s{1,20}(?:the\\s{1,20}|an?\\s{1,20})?${Q}${G}${Q}[^.;\\n]{0,120}` +
    // "the first inspection since …", "its first ‘good’ rating since 2013": the date is not this grade's
    `|\\b(?:first|latest)\\s{1,20}(?:[^.;\\s]{1,30}\\s{1,20}){0,3}?(?:inspection|rating|judge?ment|grade|verdict)\\s{1,20}since\\b[^.;\\n]{0,120}` +
    // "upgraded to ’good’ from the assessment of ‘requires improvement’ it gave it in 2014"
    `|\\bfrom\\s{1,20}the\\s{1,20}(?:assessment|rating|judge?ment|grade)\\s{1,20}of\\s{1,20}${Q}${G}${Q}[^.;\\n]{0,60}` +
    // "The outstanding rating came just eight years after services were judged inadequate in 2010"
    `|\\b(?:\\w+\\s{1,20})?(?:years?|months?)\\s{1,20}after\\b[^.;\\n]{0,160}` +
    // "… ‘requires improvement’ despite progress since the last full inspection in 2019": that date is the
    // earlier inspection's; not when its own grade follows ("since the last inspection in 2022, when …").
    `|\\bsince\\s{1,20}(?:the|its|their)\\s{1,20}(?:last|previous)\\s{1,20}(?:full\\s{1,20})?inspection\\s{1,20}in\\s{1,20}(?:${MONTH}\\s{1,20})?(?:19|20)\\d\\d\\b(?!\\s{0,20},?\\s{0,20}(?:when|which|at\\s{1,20}which|in\\s{1,20}which|where)\\b)`,
  'gi',
);

/** "jumped two grades from requires improvement": a count of grades moved and the grade left, no new grade. Groups: 1 from. */
const GRADES_FROM = new RegExp(
  `\\b(?:jumped|leapt|leaped|climbed|rose|risen|moved|went|gone|dropped|fell|fallen)\\s{1,20}(?:(?:one|two|three|a|[1-3])\\s{1,20}(?:grades?|levels?|places?)\\s{1,20})(?:up\\s{1,20}|down\\s{1,20})?from\\s{1,20}(?:the\\s{1,20}|an?\\s{1,20})?${Q}${G}${Q}${NOUN}`,
  'gi',
);

// An aim ("aims to move from"), a hypothesis ("If the council were to go from"), a count ("Three councils
// jumped from") or a school's move is no council's grade. The left grade is dated, so the sentence's
// hypothesis is looked for here: the later check reads a dated mention's own clause only.
// The grade left ("from (the|a|an) ‘G’") holds a match of GRADES_FROM or FROM_TO within an area's
// reach; TO_FROM's new grade ("to ‘G’") is at most 90 characters in, its match at most 180 after it.
const FROM_REACH = { ...AREA_REACH, keep: gradeAfterWord(['from', 'the', 'a', 'an']) };
const TO_REACH = { ...AREA_REACH, keep: gradeAfterWord(['to']) };

const HYPOTHESIS = /\b(?:if|unless|whether|would|could|might|should|were\s+to)\b[^.;!?\n]*$/i;
const notTheCouncils = (text: string, at: number) =>
  aimOrCount(text, at) || otherProvider(text, at) || HYPOTHESIS.test(text.slice(Math.max(0, at - 120), at));

// A move asked for, not made: "recommendations to move services from requires improvement to good",
// "the plan to take the service from …". The grade left is the one held now; the grade aimed at is none.
const INTENT_TO =
  /\b(?:recommendations?|plans?|actions?|steps|work|efforts?|priorit(?:y|ies)|strateg(?:y|ies)|journey|needs?|help|support|drive|commitment|determination|ambitions?|bid|aims?|goal|intends?)\s+to\s+$/i;

export function findFromTo(text: string): RawJudgement[] {
  const out: RawJudgement[] = findToFrom(text);
  for (const m of matchesNearGrades(text, GRADES_FROM, FROM_REACH)) {
    if (notTheCouncils(text, m.index)) continue;
    const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
    out.push({
      ruleId: 'grade-from-to',
      area: 'overall',
      prose: true,
      grade: normaliseGrade(m[1]!),
      start: m.index,
      end,
      inspection: 'previous',
    });
  }
  for (const m of matchesNearGrades(text, FROM_TO, FROM_REACH)) {
    if (notTheCouncils(text, m.index) || scaleListed(text, m)) continue;
    const fromAt = m.index + m[0].search(/\bfrom\b/i);
    const toAt =
      m.index +
      m[0].lastIndexOf(m[3]!) -
      (/\bto\s+(?:be\s+)?["'‘’“”]?$/i.exec(m[0].slice(0, m[0].lastIndexOf(m[3]!)))?.[0].length ?? 0);
    // "compared to its 2021 inspection, … downgraded from X to Y", "saw its 2014 rating go from X to Y":
    // the inspection named before the move is the left-behind grade's; the new grade is this one.
    const named = YEAR_IN.exec(m[2]!) ? null : DATED_BEFORE.exec(sentenceBefore(text, m.index + m[0].search(/\bfrom\b/i)));
    const date = (YEAR_IN.exec(m[2]!)?.[1] ?? named?.[1])?.replace(/\s+/g, ' ');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/[.;\n]/)[0]!;
    const current = !!named && !/\b(?:19|20)\d\d\b/.test(after);
    // The left-behind clause ends before the blanks (and a comma) in front of "to".
    const fromEnd = toAt - /[\s,]*$/.exec(text.slice(fromAt, toAt))![0].length;
    const base = { ruleId: 'grade-from-to', area: 'overall', prose: true };
    if (INTENT_TO.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      out.push({ ...base, grade: normaliseGrade(m[1]!), start: fromAt, end: fromEnd, current: true });
      continue;
    }
    out.push({ ...base, grade: normaliseGrade(m[1]!), start: fromAt, end: fromEnd, inspection: date ?? 'previous' });
    out.push({
      ...base,
      grade: normaliseGrade(m[3]!),
      start: toAt,
      end: m.index + m[0].length + closingQuote(text, m.index + m[0].length),
      ...(current ? { current } : {}),
    });
  }
  return out;
}

// "its 2014 rating", "the July 2019 inspection": an inspection named by its date, before the move.
const DATED_BEFORE = new RegExp(
  `\\b(?:its|their|the|our)\\s{1,20}((?:${MONTH}\\s{1,20})?(?:19|20)\\d\\d)\\s{1,20}(?:Ofsted\\s{1,20})?(?:inspection|rating|judge?ment|grade|report)\\b`,
  'i',
);

/** The words of the sentence before `at` (120 characters at most, back to a full stop). */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 120), at);
  return before.slice(before.search(/[.!?]\s[^.!?]*$/) + 1);
}

// "Ofsted ratings go from inadequate, to requires improvement, to good and then outstanding": a third
// grade chained on with no date anywhere is the scale listed, not one authority's move.
const SCALE_TAIL = new RegExp(
  `^${Q},?\\s{1,20}(?:to|then|and\\s{1,20}then|and\\s{1,20}to)\\s{1,20}(?:to\\s{1,20})?${Q}${G}`,
  'i',
);
const YEAR = /\b(?:19|20)\d\d\b/;
function scaleListed(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const tail = text.slice(end, end + 80);
  return SCALE_TAIL.test(tail) && !YEAR.test(m[0]) && !YEAR.test(tail.split(/[.;\n]/)[0]!);
}

export const closingQuote = (text: string, at: number) => (/^["'’”]/.test(text.slice(at, at + 1)) ? 1 : 0);

/** "upgraded the authority to ’good’ from the assessment of ‘requires improvement’ it gave it in 2014": groups 1 to, 2 from, 3 after. */
const TO_FROM = new RegExp(
  `\\b(?:upgraded|downgraded|raised|moved|improved)\\b[^.;\\n]{0,60}?\\bto\\s{1,20}${Q}${G}${Q}${NOUN}\\s{1,20}from\\s{1,20}(?:the\\s{1,20}|an?\\s{1,20})?(?:(?:assessment|rating|judge?ment|grade)\\s{1,20}of\\s{1,20})?${Q}${G}${Q}([^.;\\n]{0,60})`,
  'gi',
);

/** The same change with the new grade first; the old grade's date is read from the words after it. */
function findToFrom(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, TO_FROM, TO_REACH)) {
    const toAt = m.index + m[0].search(/\bto\s/i);
    const fromAt = m.index + m[0].search(/\bfrom\s/i);
    const toEnd = m.index + m[0].indexOf(m[1]!) + m[1]!.length;
    const date = YEAR_IN.exec(m[3]!)?.[1]?.replace(/\s+/g, ' ');
    const base = { ruleId: 'grade-from-to', area: 'overall', prose: true };
    out.push({ ...base, grade: normaliseGrade(m[1]!), start: toAt, end: toEnd + closingQuote(text, toEnd) });
    out.push({
      ...base,
      grade: normaliseGrade(m[2]!),
      start: fromAt,
      end: m.index + m[0].trimEnd().length,
      inspection: date ?? 'previous',
    });
  }
  return out;
}
