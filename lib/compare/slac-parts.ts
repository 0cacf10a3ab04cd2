// The SLAC inspection (2009–12) judged safeguarding and looked after children together; the 2012–13
// interim inspections judged them apart, at different times (FRAMEWORKS.md §3, §5). A later report
// that recalls "the previous inspection of safeguarding … in July 2012" and "of services for looked
// after children … in July 2012" (Bexley's 2014 SIF report) speaks of one SLAC inspection.
import type { GradeQuote } from './source-claims';

/** One document's quotes with both SLAC parts (safeguarding → help and protection, looked after
 * children → children in care) dated to the same months: those quotes are SLAC's, where SLAC fits
 * them. Other quotes are returned unchanged. Linear in the quotes. */
export function pairSlacParts(quotes: GradeQuote[]): GradeQuote[] {
  const keysAt = new Map<string, Set<string>>();
  const at = (q: GradeQuote) => (q.when && q.families.includes('SLAC') ? `${q.when.from}|${q.when.to}` : null);
  for (const q of quotes) {
    const k = at(q);
    if (k) keysAt.set(k, (keysAt.get(k) ?? new Set()).add(q.key));
  }
  return quotes.map((q) => {
    const keys = keysAt.get(at(q) ?? '');
    return keys?.has('help_protection') && keys.has('in_care') ? { ...q, families: ['SLAC'] } : q;
  });
}
