// The inspection dates of a school report whose cover gives the label and the dates as cells of
// their own: "Inspection dates", then "19–20 March 2014" on the next line (PDF text) or in the
// next paragraph (a web page with one paragraph per line of the report).

// One day or a range of days in one month or two: "19–20 March 2014", "30 April–1 May 2014",
// "7 and 8 May 2014", "18 to 20 November 2025". Each part bounded: linear in the cover.
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const RANGE = `${DAY}(?:[ \\t]+[A-Z][a-z]+)?(?:[ \\t]*(?:[–-]|to|and)[ \\t]*${DAY})?[ \\t]+[A-Z][a-z]+[ \\t]+(?:19|20)\\d\\d`;
const LABEL_THEN_DATES = new RegExp(`^[ \\t]*Inspection dates?[ \\t:]*\\n(?:[ \\t]*\\n)?[ \\t]*(${RANGE})`, 'm');

/**
 * The dates written under a school cover's "Inspection dates" label ("19–20 March 2014"), or null
 * when the label is not followed by dates on the next line or paragraph. Reads the first 6,000
 * characters. Source: Ofsted school report covers 2012–15, whose cover table puts the label and
 * the dates in cells of their own.
 */
export function schoolCoverDates(text: string): string | null {
  const m = LABEL_THEN_DATES.exec(text.slice(0, 6000));
  return m ? m[1]!.replace(/\s+/g, ' ') : null;
}
