// What the news and committee wording rules share: grade and quote patterns, the area check, the
// guard against aims and other authorities' grades, and a scanner for "area + grade" shapes.
import { AREA_REACH, matchesNearGrades, type Reach } from './anchor-index';
import { matchesLedByGrades } from './grade-led-matches';
import { AREA_WORDS, areaKeyOf } from './areas';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';

export const G = `(${GRADE_SOURCE})`;
export const Q = `["'‘’“”]?`;
/** G matching any capitalisation, for rules whose other words are case-sensitive ("Kirklees was rated as “Good”"). */
export const G_ANY_CASE = G.replace(/(?<![\\?])[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
export const QQ = `["'‘’“”]`;
/** A match that opens with its grade, or with one quotation mark (Q, QQ) before it, starts at most this far before it. */
export const QUOTE_LED = 1;
// An area phrase after "for": up to the clause end; checked against AREA_WORDS.
export const AREA_AFTER = `(?:\\s{1,20}(?:were\\s{1,20}|was\\s{1,20})?(?:received|given|awarded)?\\s{0,20}(?:for|in)\\s{1,20}([^.;:\\n\\t"“]{3,160}))?`;
export const AREA_OK = new RegExp(
  `${AREA_WORDS.source}|leaving care|children who need|categor|\\bservice\\b|quality of practice`,
  'i',
);

// A line break inside a paragraph (hard-wrapped text) does not end the clause. Aims ("to achieve a good rating", "wants a good rating", "closer to receiving a ‘good’ rating", "before they can give the council an overall ‘good’ rating", "to have at least a ‘good’ rating by 2022") and grades of other or
// many authorities ("a nearby authority had progressed from …", "No authority … has been judged ‘outstanding’", "one other council achieving two
// ‘outstanding’ judgements", "all those local authorities judged …", "three with an overall judgement of …") in the clause before the grade.
// "Whilst achieving" and "the only other council" are one achieved grade and one named authority, not an
// aim and a count; "half of those inspected" is a count.
const AIM_OR_COUNT =
  /(?:\b(?:to\s+achieve|(?<!(?:\b(?:whilst|while|after|despite|previously|ever|already)|,)\s)achieving|to (?:have(?!\s+(?:improved|progressed|moved))|get|gain|reach|secure|attain|earn|obtain)|at least|aim\w*|towards|(?:can|could|will|would)\s+(?:give|award|grant)|wants?|wanted|wanting|(?:closer|close|nearer)\s+to)\b|\ball(?:\s+(?:those|these|the|of\s+the))?\s+(?:other\s+)?(?:councils|(?:local\s+)?authorities|LAs)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+with\s+an?\s+(?:overall\s+)?(?:judge?ment|rating|grade)\b|\b(?:no|(?<!\bonly\s)other|any|every|\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|few|nearby|neighbouring|neighboring|another|similar|comparable)\s+(?:other\s+)?(?:councils?|(?:local\s+)?authorit(?:y|ies)|LAs)\b|\b(?:half|quarter|third|majority|most|proportion)\s+of\s+(?:the\s+|all\s+)?(?:those|these|councils|authorities)\b)(?:[^.;!?\n]|\n(?![ \t]*\n))*$/i;

/**
 * A rank reached, not an aim: "the fifth council to be rated outstanding", "first large city to have
 * children's services judged ‘good’", "the latest authority to achieve …" (up to the grade's clause end).
 */
export const RANKED_TO =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only|latest)(?:\s+[\w’'-]+){0,6}\s+to\s+(?:achieve|have|get|gain|reach|secure|attain|earn|obtain|receive|be)\b[^.;!?\n]*$/i;

const TIME_SPAN = /^(?:the\s+)?(?:past|last|previous|next|many)\s+(?:decade|\w+\s+years|years|months)\b/i;

// Another provider or inspectorate in the clause, and no council named after it: a school's or a
// hospital's grade is not the council's ("after the inspection of its schools, the council received …" is).
const OTHER_PROVIDER =
  /\b(?:schools?|academy|academies|nursery|nurseries|college|pupils|CQC|Care\s+Quality\s+Commission|Probation|Estyn|hospitals?|NHS)\b(?![^.;!?\n]*\b(?:council|authority|children[’']?s\s+services)\b)[^.;!?\n]*$/i;

/** Does the clause ending at `at` (its last 120 characters) name a school, hospital or another inspectorate? */
export const otherProvider = (text: string, at: number) => OTHER_PROVIDER.test(text.slice(Math.max(0, at - 120), at));

/** Is the grade at `at` an aim or another authority's grade, by the 120 characters before it? */
export function aimOrCount(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 120), at);
  return AIM_OR_COUNT.test(lead) && !RANKED_TO.test(lead);
}

/**
 * Scans an "area + grade" shape: the first area group that matched (none, or an empty one, is
 * "overall") must look like an area; the grade is the first grade group that matched. Aims and
 * other authorities' grades are skipped. `re` runs only within `reach` of grade words; a number
 * instead is how far before its grade a grade-led pattern's match may start (grade-led-matches.ts).
 */
export function scanArea(
  id: string,
  re: RegExp,
  areaGroups: number[],
  gradeGroups: number[],
  reach: Reach | number = AREA_REACH,
) {
  return (text: string): RawJudgement[] => {
    const out: RawJudgement[] = [];
    const matches = typeof reach === 'number' ? matchesLedByGrades(text, re, reach) : matchesNearGrades(text, re, reach);
    for (const m of matches) {
      const written = areaGroups.map((g) => m[g]).find((a) => a !== undefined);
      const area = written?.trim()
        ? written
            .replace(/\s+/g, ' ')
            .replace(/\s+and\s*$/, '')
            .trim()
        : 'overall';
      // "rated ‘inadequate’ for the past decade, resulting in … children's services": a time, not an area.
      if ((area !== 'overall' && (!AREA_OK.test(area) || TIME_SPAN.test(area))) || aimOrCount(text, m.index)) continue;
      const grade = gradeGroups.map((g) => m[g]).find(Boolean)!;
      const end = m.index + m[0].replace(/\s+and\s*$/, '').length;
      out.push({ ruleId: id, area, areaKey: areaKeyOf(area), grade: normaliseGrade(grade), start: m.index, end, prose: true });
    }
    return out;
  };
}

/** A news rule with its examples. */
export const rule = (
  id: string,
  note: string,
  find: JudgementRule['find'],
  examples: JudgementRule['examples'],
): JudgementRule => ({
  id,
  note,
  source: 'Council papers, minutes, press releases and news items about an inspection',
  find,
  examples,
});
