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
  return monthFirst ? iso(monthFirst[3]!, monthOf(monthFirst[1]!), monthFirst[2]!) : null;
}
