// Dates as councillors read them in the panel, the briefing and its print ("1 May 2024"). Stored
// rows, backups and exports keep ISO dates (yyyy-mm-dd), which sort and parse.

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024-05-01" or "2024-05-01T10:00:00Z" → "1 May 2024" (the date as written, no time zone
 * shift); any other text (a partial or impossible date, "March 2023") is returned unchanged. */
export function ukDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  const day = m ? Number(m[3]) : 0;
  if (!m || !month || day < 1 || day > 31) return iso;
  return `${day} ${month} ${m[1]}`;
}
