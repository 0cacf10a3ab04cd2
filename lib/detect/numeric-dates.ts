// Numeric cover dates ("1/06/2015", "25/06/2015") spelled out as the other covers write them.
import { MONTHS } from '../model/uk-date';

/** A day/month/year date with a four-digit year: English order, day first (Ofsted's SIF covers of 2015–2017). */
export const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/g;

/**
 * "Inspection date: 1/06/2015 – 25/06/2015" → "1 June 2015 – 25 June 2015": every day/month/year
 * date in the text with a real day (1–31) and month (1–12) spelled out, the rest as written. Linear.
 */
export function spellNumericDates(written: string): string {
  if (!written.includes('/')) return written;
  return written.replace(NUMERIC_DATE, (all, day: string, month: string, year: string) => {
    const d = Number(day);
    const name = MONTHS[Number(month) - 1];
    return name && d >= 1 && d <= 31 ? `${d} ${name} ${year}` : all;
  });
}
