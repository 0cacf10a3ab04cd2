// A report restates its grades in headings, tables and prose: each area's grade once, at its first mention.
import type { DocumentInfo, JudgementMention } from './findings';
import { slacSections, type SlacSection } from './slac-sections';

type Listed = { j: JudgementMention; i: number; section: SlacSection | null };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "2011", "August 2011", "12 August 2011": the only dates whose agreement is plain.
const SIMPLE_DATE = /^(?:(\d{1,2})\s+)?(?:([A-Za-z]{3,9})\.?\s+)?((?:19|20)\d\d)$/;

/** An earlier inspection's date read as year, month (or null) and precision (0 year, 1 month, 2 day); null for any other shape. */
function simpleDate(written: string): { year: string; month: string | null; precision: number } | null {
  const m = SIMPLE_DATE.exec(written.trim());
  if (!m) return null;
  const month = m[2] ? m[2].toLowerCase().slice(0, 3) : null;
  if (month !== null && !MONTHS.includes(month)) return null;
  if (m[1] && !month) return null;
  return { year: m[3]!, month, precision: m[1] ? 2 : month ? 1 : 0 };
}

/**
 * One entry for an earlier area and grade one document dates twice in ways that agree ("August 2011"
 * and "2011"): the most precise date's, the others left out (still highlighted in the text). Dates of
 * two different months of one year are two inspections: all kept. Shapes: listed mentions in document
 * order in and out; linear.
 */
function withAgreeingDatesMerged(listed: Listed[]): Listed[] {
  const groups = new Map<string, { best: Listed; precision: number; months: Set<string> }>();
  const keyOf = (e: Listed) => {
    const date = e.j.inspection ? simpleDate(e.j.inspection) : null;
    return date
      ? { key: `${e.section}|${e.j.areaKey === 'other' ? e.j.area.toLowerCase() : e.j.areaKey}|${e.j.grade}|${date.year}`, date }
      : null;
  };
  for (const e of listed) {
    const k = keyOf(e);
    if (!k) continue;
    const group = groups.get(k.key) ?? { best: e, precision: k.date.precision, months: new Set<string>() };
    if (k.date.month) group.months.add(k.date.month);
    if (k.date.precision > group.precision) Object.assign(group, { best: e, precision: k.date.precision });
    groups.set(k.key, group);
  }
  return listed.filter((e) => {
    const k = keyOf(e);
    const group = k ? groups.get(k.key)! : null;
    return !group || group.months.size > 1 || group.best === e;
  });
}

/**
 * The judgements with repeats of the same inspection, area and grade left out, keeping their indexes
 * and, for a SLAC report or a paper about one, each judgement's section (a SLAC report grades the
 * same areas once for safeguarding and once for looked after children: those are not repeats).
 */
export function firstMentions(
  judgements: JudgementMention[],
  doc: Pick<DocumentInfo, 'framework' | 'discusses'> = { framework: null },
): Listed[] {
  const sections = slacSections(judgements, doc);
  const seen = new Set<string>();
  const firsts = judgements
    .map((j, i) => ({ j, i, section: sections[i] ?? null }))
    .filter(({ j, section }) => {
      const key = `${j.inspection}|${section}|${j.areaKey === 'other' ? j.area.toLowerCase() : j.areaKey}|${j.grade}`;
      return !seen.has(key) && !!seen.add(key);
    });
  return withAgreeingDatesMerged(firsts);
}
