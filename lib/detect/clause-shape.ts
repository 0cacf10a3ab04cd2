// What the clause shapes of papers and news share (earlier-clause-rules.ts, grade-list-rules.ts): the
// words for what papers rate and how, the end of a grade's clause, and one scanner that runs a shape
// near grade words and makes one or more mentions of each match. Read only outside Ofsted's own reports.
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import { dateAfterGrade } from './date-after-grade';
import { normaliseGrade } from './grades';
import { closingQuote } from './grade-from-to';
import type { RawJudgement } from './judgement-rules';
import { aimOrCount, otherProvider } from './news-shared';

export const S = '\\s{1,20}';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** A year, or a month and year, as group. */
export const DATE = `((?:${MONTH}${S})?(?:19|20)\\d\\d)`;
export const JUDGED = '(?:judged|rated|graded|found|deemed|assessed|ranked|classed|classified|branded|labelled)';
export const AS = `(?:${S}by${S}Ofsted)?(?:${S}(?:as|to${S}be))?`;
/** What papers rate: the services, the council, the department, "it", "they". */
export const RATED_THING = `(?:(?:children[’']?s${S})?services|(?:the|its|their|our)${S}(?:(?:local${S})?authority|council|department|service|services|trust)|it|they)`;
export const WAS = `(?:was|were|is|are|had${S}been|has${S}been|have${S}been)`;
/** The grade ends its clause: "inadequate in 2019", "good.", not "good value". */
export const END = `(?=["'’”]?(?:\\s*$|\\s*[.,;:)!?]|${S}(?:but|and|in|on|since|by|overall|after|before|following|when|at|for${S}the)\\b))`;

export type Make = (m: RegExpExecArray, text: string) => Partial<RawJudgement>[];

/** Runs one clause shape near grade words; aims, counts and other providers skipped; area overall. */
export function clause(id: string, re: RegExp, make: Make) {
  return (text: string): RawJudgement[] => {
    const out: RawJudgement[] = [];
    for (const m of matchesNearGrades(text, re, AREA_REACH)) {
      if (aimOrCount(text, m.index) || otherProvider(text, m.index)) continue;
      const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
      for (const made of make(m, text))
        out.push({ ruleId: id, area: 'overall', areaKey: 'overall', grade: '', start: m.index, end, prose: true, ...made });
    }
    return out;
  };
}

// "judged “inadequate” for safeguarding in 2010": a date later in the grade's clause is still its own.
const CLAUSE_DATE = new RegExp(`^["'’”]?[^.;,\\n]{0,60}?\\bin${S}${DATE}\\b(?!\\s{0,20}[-–/]\\s{0,20}\\d)`, 'i');

/**
 * The last grade group of a match whose shape says the grade is an earlier inspection's: dated by the
 * date right after it or later in its clause, else "previous". The date is the inspection's as written.
 */
export const earlier = (m: RegExpExecArray, text: string): Partial<RawJudgement>[] => {
  const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
  const grade = normaliseGrade(m.slice(1).filter(Boolean).pop()!);
  const date = dateAfterGrade(text, end) ?? CLAUSE_DATE.exec(text.slice(end, end + 80))?.[1]?.replace(/\s+/g, ' ');
  return [{ grade, inspection: date ?? 'previous' }];
};
