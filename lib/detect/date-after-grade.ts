// The date that papers and news set right after a grade: "rated “inadequate” in November 2015",
// "rated services as inadequate once again in 2018", "graduated to ‘good’ in 2019", "the ‘inadequate’
// rating awarded in 2012". Such a date is the grade's own, whatever other dates its sentence holds.
import { GRADE_SOURCE, normaliseGrade } from './grades';
import { sliceMatcher } from './slice-matches';
import { lettersIndex } from './text-cache';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// A grade used as an adjective carries its date after its noun: "the ‘inadequate’ rating (awarded) in 2017".
const NOUN =
  '(?:\\s{1,20}(?:Ofsted\\s{1,20})?(?:rating|judge?ment|grade|grading|verdict|inspection)(?:\\s{1,20}(?:awarded|given|received|issued))?)?(?:,?\\s{1,20}(?:which|that)\\s{1,20}(?:was|it\\s{1,20}received)(?:\\s{1,20}(?:awarded|given))?)?';
const DATE_AFTER = new RegExp(
  `^["'’”]?${NOUN}(?:\\s{1,20}(?:once\\s{1,20})?again|\\s{1,20}also|\\s{1,20}overall)?\\s{1,20}in\\s{1,20}((?:${MONTH}\\s{1,20})?(?:19|20)\\d\\d|${MONTH}\\s{1,20}last\\s{1,20}year)\\b(?!\\s{0,20}[-–/]\\s{0,20}\\d)`,
  'i',
);

/** The date written right after a grade ending at `end` ("… in March 2016"), blanks folded, or undefined. O(1). */
export function dateAfterGrade(text: string, end: number): string | undefined {
  return DATE_AFTER.exec(text.slice(end, end + 80))?.[1]?.replace(/\s+/g, ' ');
}

// "received an ‘outstanding’ rating for its child protection in 2012", "was handed a ‘requires
// improvement’ rating … following a visit by the inspectorate in 2016": the rating noun, then the
// date later in its clause (no comma, stop or second grade between; not a date after "since", "until", "by"
// or "before", which bounds a period rather than dating the grade: "requires improvement despite progress
// since the last inspection in 2018" is current; "by the inspectorate" names who rated it).
const NOUN_CLAUSE_DATE = new RegExp(
  `^["'’”]?(?:\\s{1,20}(?:Ofsted\\s{1,20})?(?:rating|judge?ment|grade|verdict)\\b)?(?![^.;,:\\n]{0,80}?\\b(?:${GRADE_SOURCE})\\b)(?![^.;,:\\n]{0,80}?\\b(?:since|until|before|by(?!\\s+(?:the\\s+)?(?:inspectorate|Ofsted|inspectors|regulator|watchdog)\\b))\\b)[^.;,:\\n]{0,80}?\\bin\\s{1,20}((?:${MONTH}\\s{1,20})?(?:19|20)\\d\\d)\\b(?!\\s{0,20}[-–/]\\s{0,20}\\d)`,
  'i',
);

/** The date later in the clause of a grade used as an adjective of "rating" (see NOUN_CLAUSE_DATE), or undefined. O(1). */
export function dateInRatingClause(text: string, end: number): string | undefined {
  return NOUN_CLAUSE_DATE.exec(text.slice(end, end + 140))?.[1]?.replace(/\s+/g, ' ');
}

const inNear = lettersIndex('in');
const gradeWordsIn = sliceMatcher(new RegExp(GRADE_SOURCE, 'gi'));

/**
 * The date written right after the mention's own grade word (its last one of that grade) in
 * text[start, end), whether or not the mention ends there: "… requires improvement in 2017 and
 * inadequate in 2020 because of …" dates "inadequate" 2020. Undefined when none. O(end − start).
 */
export function dateAfterOwnGrade(text: string, start: number, end: number, grade: string): string | undefined {
  // DATE_AFTER holds "in" after a blank: where those letters stand nowhere after the mention's start, its grade words are not read.
  if (!inNear(text, start, end + 80)) return undefined;
  let wordEnd = -1;
  const words = gradeWordsIn(text, start, end);
  for (let i = 0; i < words.starts.length; i++)
    if (normaliseGrade(text.slice(words.starts[i], words.ends[i])) === grade) wordEnd = words.ends[i]!;
  return wordEnd < 0 || wordEnd === end ? undefined : dateAfterGrade(text, wordEnd);
}

/**
 * The dates in text[start, end) written right after a grade word outside [ownStart, ownEnd):
 * "services, rated as ‘inadequate’ in 2019, have moved up to ‘requires improvement’" gives 2019 to
 * "inadequate", so it is no date of "requires improvement". O(end − start).
 */
export function datesOfOtherGrades(text: string, start: number, end: number, ownStart: number, ownEnd: number): string[] {
  const out: string[] = [];
  const words = gradeWordsIn(text, start, end);
  for (let i = 0; i < words.starts.length; i++) {
    const at = words.starts[i]!;
    if (at >= ownStart && at < ownEnd) continue;
    // "which received an ‘outstanding’ rating for its child protection in 2012, was handed …": the clause's date is that grade's.
    const date = dateAfterGrade(text, words.ends[i]!) ?? dateInRatingClause(text, words.ends[i]!);
    if (date) out.push(date);
  }
  return out;
}
