// A news item's dateline: a line near its top holding only a date ("Tuesday, October 22, 2019",
// "Wednesday, 9 November 2011", "date 2022-09-05", "Published 5 July 2022 12:00"), its publication
// date. Source: local newspapers, broadcasters' pages and council news pages (paper set, 2010–25).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \\t]+)?';
const LEAD = '^[ \\t]*(?:(?:date|published|posted|updated|last updated)[:\\s]+)?' + WEEKDAY;
const TAIL = '(?:,?[ \\t]+\\d{1,2}[:.]\\d\\d(?:[ \\t]*[ap]m)?(?:[ \\t]+[A-Z]{2,4})?)?[ \\t]*$';
/** "9 November 2011": groups day, month, year. */
const DAY_FIRST = new RegExp(`${LEAD}(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+${MONTH}[ \\t]+((?:19|20)\\d\\d)${TAIL}`, 'im');
/** "October 22, 2019": groups month, day, year. */
const MONTH_FIRST = new RegExp(`${LEAD}${MONTH}[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+((?:19|20)\\d\\d)${TAIL}`, 'im');
/** "Monday 20 November 2023: Anyshire Council's …": a dateline run into the item's first sentence. */
const RUN_IN = new RegExp(
  `${LEAD}(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+${MONTH}[ \\t]+((?:19|20)\\d\\d)[ \\t]*(?::|[–—-][ \\t])[ \\t]*\\S`,
  'im',
);
/** "date 2022-09-05 …" (the rest of the line may be the headline). */
const ISO = /^[ \t]*(?:date|published|posted)?[:\s]*((?:19|20)\d\d)-(\d\d)-(\d\d)\b/im;

const iso = (year: string, month: number, day: string) => `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;

/** The publication date (yyyy-mm-dd) a dateline in the first 600 characters gives, or null. O(1). */
export function datelineDate(text: string): string | null {
  const head = text.slice(0, 600);
  const isoLine = ISO.exec(head);
  if (isoLine) return `${isoLine[1]}-${isoLine[2]}-${isoLine[3]}`;
  const dayFirst = DAY_FIRST.exec(head);
  if (dayFirst) return iso(dayFirst[3]!, monthOf(dayFirst[2]!), dayFirst[1]!);
  const monthFirst = MONTH_FIRST.exec(head);
  if (monthFirst) return iso(monthFirst[3]!, monthOf(monthFirst[1]!), monthFirst[2]!);
  const runIn = RUN_IN.exec(head);
  return runIn ? iso(runIn[3]!, monthOf(runIn[2]!), runIn[1]!) : null;
}

/** A written day, month and year ("11th September 2023", "October 22, 2019") as yyyy-mm-dd, else null. */
function isoOf(written: string): string | null {
  const dayFirst = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+((?:19|20)\d\d)/.exec(written);
  const monthFirst = dayFirst ? null : /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)/.exec(written);
  const [day, month, year] = dayFirst
    ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!]
    : monthFirst
      ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!]
      : [];
  return day && monthOf(month!) > 0 ? iso(year!, monthOf(month!), day) : null;
}

/**
 * Is `written` (a date as the text writes it, with its day) the day `dateline` (yyyy-mm-dd, the
 * document's publication date) names? A news item's publication day is the day it reports, never an
 * earlier inspection's date: "Published: Monday, 11th September 2023 / Inspectors … graded …", "…
 * following an 'Outstanding' report released on Monday 20 November 2023". O(1).
 */
export function onDateline(written: string, dateline: string | null): boolean {
  return dateline !== null && isoOf(written) === dateline;
}
