// The date that papers and news set right after a grade: "rated “inadequate” in November 2015",
// "rated services as inadequate once again in 2018", "graduated to ‘good’ in 2019". Such a date is
// the grade's own, whatever other dates its sentence holds.

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE_AFTER = new RegExp(
  `^["'’”]?(?:\\s{1,20}(?:once\\s{1,20})?again|\\s{1,20}also|\\s{1,20}overall)?\\s{1,20}in\\s{1,20}((?:${MONTH}\\s{1,20})?(?:19|20)\\d\\d)\\b(?!\\s{0,20}[-–/]\\s{0,20}\\d)`,
  'i',
);

/** The date written right after a grade ending at `end` ("… in March 2016"), blanks folded, or undefined. O(1). */
export function dateAfterGrade(text: string, end: number): string | undefined {
  return DATE_AFTER.exec(text.slice(end, end + 60))?.[1]?.replace(/\s+/g, ' ');
}
