// Dates as reports and papers write them ("11 January to 8 February 2016", "Nov 2010", "2018",
// "November/December 2011", "2016-04-05") turned into month spans, and spans into column labels.
import type { MonthSpan, SourceDocument } from './inspection-types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TOKEN =
  /\b(?:((?:19|20)\d\d)-(\d\d)-\d\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|((?:19|20)\d\d)(?:\/(\d\d))?)\b/gi;

/** Months since year 0 (January 2016 → 2016 × 12). */
export const monthIndex = (year: number, month: number) => year * 12 + month;

/** The months a date text covers, or null when it names no year. A month without its own year takes
 * the next year written ("11 January to 8 February 2016"); a bare year covers all twelve months; an
 * academic or financial year "2011/12" covers both years. Linear in the text. */
export function spanOfDateText(text: string | null | undefined): MonthSpan | null {
  if (!text) return null;
  const months: number[] = [];
  const pending: number[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1]) months.push(monthIndex(Number(m[1]), Number(m[2]) - 1));
    else if (m[3]) pending.push(MONTHS.indexOf(m[3].toLowerCase().slice(0, 3)));
    else {
      const year = Number(m[4]);
      const last = m[5] ? Math.floor(year / 100) * 100 + Number(m[5]) : year;
      if (pending.length) months.push(...pending.map((p) => monthIndex(year, p)));
      else months.push(monthIndex(year, 0), monthIndex(last, 11));
      pending.length = 0;
    }
  }
  if (months.length === 0) return null;
  return { from: Math.min(...months), to: Math.max(...months) };
}

/** The span covering both (either may be null). */
export function joinSpans(a: MonthSpan | null, b: MonthSpan | null): MonthSpan | null {
  if (!a) return b;
  if (!b) return a;
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

/** Months between two spans: 0 when they overlap. */
export function monthsApart(a: MonthSpan, b: MonthSpan): number {
  return Math.max(0, a.from - b.to, b.from - a.to);
}

/** "Jan 2023" for a month index. */
export const monthLabel = (month: number) => `${LABELS[month % 12]} ${Math.floor(month / 12)}`;

/** The year of a month index. */
export const yearOfMonth = (month: number) => Math.floor(month / 12);

/** A column label as councillors name an inspection, by one rule for every framework: the month
 * the inspection ended by its own dates ("Mar 2017" for "6 March to 30 March 2017", whenever it was
 * published), else the publication month when the dates are not known, else the date text as a later
 * document gave it (DESIGN.md: an inspection is dated by its own dates). */
export function inspectionLabel(publicationDate: string | null, inspectionDates: string | null): string {
  const dates = spanOfDateText(inspectionDates);
  if (dates) {
    // A bare year ("2018") stays a year: the text gives no month.
    return dates.to - dates.from === 11 && dates.from % 12 === 0 ? String(yearOfMonth(dates.from)) : monthLabel(dates.to);
  }
  const published = spanOfDateText(publicationDate);
  if (published) return monthLabel(published.to);
  return inspectionDates ?? 'date not given';
}

const yearIn = (s: string | null | undefined) => s?.match(/(?:19|20)\d\d/g)?.at(-1) ?? null;

/** The year of a report's own inspection ("2018"): the last year in its inspection dates, else in
 * its publication date, else in its title; null when none names one. For listing and ordering
 * stored reports (the history itself dates inspections by month: inspection-events.ts). */
export function inspectionYearOf(r: Pick<SourceDocument, 'document' | 'title'>): string | null {
  return yearIn(r.document.inspectionDates) ?? yearIn(r.document.publicationDate) ?? yearIn(r.title);
}
