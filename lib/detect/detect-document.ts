// The report's identity: authority, framework, inspection dates and publication date.
import type { DocumentInfo } from '../model/findings';
import { findAuthority } from '../model/authorities';
import { discussedInspection, documentKindOf } from './document-kind';
import { datelineDate } from './dateline';
import { yearOf } from './text-util';
import { spellNumericDates } from './numeric-dates';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAY_MONTH_YEAR = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\s+((?:19|20)\d\d)/;

/** "9 December 2016" → "2016-12-09". */
export function toIsoDate(written: string): string | null {
  const m = DAY_MONTH_YEAR.exec(written);
  if (!m) return null;
  const month = MONTHS.findIndex((name) => name.startsWith(m[2]!.toLowerCase().slice(0, 3)));
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

const INSPECTION_DATES = /Inspection dates?:?[ \t]*([^\n]{4,80})/i;
// "Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to" / "8 August 2019": a range
// that ends on a connector runs on to the next line's date (ILACS covers of split inspections).
const RUNS_ON = /^(?:to|and|[–-])$/i;
const NEXT_LINE_DATE = /^[^\S\n]*\n[^\S\n]*(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d)/;
const UNDERTAKEN =
  /inspection[^.\n]{0,120}?(?:undertaken |carried out |took place )?(?:between|from|on)\s+((?:\d{1,2}(?:st|nd|rd|th)?(?:<sup>\w+<\/sup>)?\s*(?:[A-Z][a-z]+\s*)?(?:(?:19|20)\d\d\s*)?(?:and|to|–|-)\s*)\d{1,2}(?:st|nd|rd|th)?(?:<sup>\w+<\/sup>)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d)/;
// 2025 report cards have no "Inspection dates" line: the cover reads "Inspection report: 13 January 2026".
const REPORT_CARD_DATE = /\bInspection report:[ \t]*(\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)\b/;
const PUBLISHED =
  /(?:Report published|Published|Publication date):?[ \t]*(\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d|\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)/i;

// A flattened cover runs the dates on into what follows them ("13–14 June 2017 Overall effectiveness
// Inadequate …", "8 February 2016 Report published: 5 April 2016"): the dates end at the first year
// not joined to a further date by "to", "and" or a dash, unless only a connector follows (a range
// that runs on to the next line).
const DATE_JOIN = /^[ ,]*(?:to|and|–|-|&)[ ]*(?:\d{1,2}(?:st|nd|rd|th)?[ ]*)?(?:[A-Z][a-z]+[ ]*)?(?:19|20)\d\d/;
const CONNECTOR_ONLY = /^[ ,]*(?:to|and|–|-)$/i;
function cutAfterDates(written: string): string {
  const first = /(?:19|20)\d\d/.exec(written);
  if (!first) return written;
  let end = first.index + 4;
  for (let m = DATE_JOIN.exec(written.slice(end)); m; m = DATE_JOIN.exec(written.slice(end))) end += m[0].length;
  return CONNECTOR_ONLY.test(written.slice(end)) ? written : written.slice(0, end);
}

function inspectionDates(text: string): string | null {
  const head = text.slice(0, 20000);
  const m = INSPECTION_DATES.exec(head) ?? UNDERTAKEN.exec(head) ?? REPORT_CARD_DATE.exec(head);
  if (!m) return null;
  // Some SIF covers write "1/06/2015 – 25/06/2015": spelled out first, the dates are read as any cover's.
  const written = cutAfterDates(
    spellNumericDates(m[1]!)
      .replace(/<\/?sup>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const runOn = RUNS_ON.test(written.split(' ').pop()!)
    ? NEXT_LINE_DATE.exec(head.slice(m.index + m[0].length, m.index + m[0].length + 80))
    : null;
  return runOn ? `${written} ${runOn[1]!.replace(/\s+/g, ' ')}` : written;
}

/** Days from the first to the last date of "31 October to 11 November 2022". */
function spanDays(dates: string): number | null {
  const end = toIsoDate(dates);
  const all = [...dates.matchAll(/(\d{1,2})(?:st|nd|rd|th)?\s*(?:([A-Z][a-z]+)\s*)?((?:19|20)\d\d)?/g)].filter((m) => m[1]);
  const last = dates.match(/(\d{1,2})\s+([A-Z][a-z]+)\s+((?:19|20)\d\d)\s*$/);
  if (!end || all.length < 2 || !last) return null;
  const first = all[0]!;
  const startIso = toIsoDate(`${first[1]} ${first[2] ?? last[2]} ${first[3] ?? last[3]}`);
  const endIso = toIsoDate(last[0]);
  if (!startIso || !endIso) return null;
  return (Date.parse(endIso) - Date.parse(startIso)) / 86400000;
}

/** Names the framework from the report's own wording. */
function frameworkOf(text: string, dates: string | null): string | null {
  const head = text.slice(0, 6000);
  const year = dates ? yearOf(dates) : null;
  // A SIF re-inspection's title has no LSCB review: "Re-inspection of services for children in need of help and protection, …".
  if (
    /Review of the effectiveness of the (?:local )?safeguarding children\s+board|children looked after and care leavers\s*and\s*review|^\s*Re-inspection of services for children in need of help\s+and\s+protection/im.test(
      head,
    )
  )
    return 'SIF';
  if (/Inspection of [^]{0,80}?children[’']?s\s+(?:social care\s+)?services/i.test(head)) {
    if (
      year !== null &&
      (year > 2026 ||
        (year === 2026 && /\b(?:April|May|June|July|August|September|October|November|December)\b/.test(dates ?? '')))
    )
      return 'ILACS-2026';
    if (!/overall effectiveness/i.test(head) && year !== null && year >= 2026) return 'ILACS-2026';
    const days = dates ? spanDays(dates) : null;
    return days !== null && days <= 8 ? 'ILACS-short' : 'ILACS-standard';
  }
  if (/Inspection of looked after children\s+services/i.test(head)) return 'other';
  if (/single inspection framework|\bSIF\b/i.test(text)) return 'SIF';
  if (/safeguarding and looked after children/i.test(text)) return 'SLAC';
  if (/\bILACS\b|inspection of local authority children[’']?s services/i.test(text)) return 'ILACS';
  if (/annual performance assessment|children[’']?s services assessment/i.test(text)) return 'CSA';
  return null;
}

const COVER_MONTH = new RegExp(
  `^[ \\t*]*(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1, 3)).join('|')})[a-z]*[ \\t]+((?:19|20)\\d\\d)[ \\t*]*$`,
  'm',
);

/** A review's own date: a month and year alone on a line of its cover ("July 2016"), as written. */
function coverMonth(text: string): string | null {
  const m = COVER_MONTH.exec(text.slice(0, 1500));
  return m
    ? `${MONTHS.find((name) => name.startsWith(m[1]!.toLowerCase()))!.replace(/^./, (c) => c.toUpperCase())} ${m[2]}`
    : null;
}

/** Identity of the document the text comes from; null wherever the text does not say. */
export function detectDocument(text: string): DocumentInfo {
  const dates = inspectionDates(text);
  const authority = findAuthority(text);
  const published = PUBLISHED.exec(text.slice(0, 20000));
  const framework = frameworkOf(text, dates);
  const kind = documentKindOf(text, framework);
  const own = kind === "children's services inspection";
  const paper = kind === 'council paper' || kind === 'other';
  // A review (a commissioner's report) is dated by its cover; the inspection it describes is what it discusses.
  const review = kind === 'review';
  return {
    authority: authority?.name ?? null,
    authorityUrn: authority?.urn ?? null,
    // A paper about an inspection is not itself one: its framework is what it discusses.
    framework: paper || review ? null : framework,
    kind,
    discusses: own ? null : review && dates ? { framework, date: dates } : discussedInspection(text),
    inspectionDates: review ? null : dates,
    publicationDate: published
      ? toIsoDate(spellNumericDates(published[1]!))
      : review
        ? coverMonth(text)
        : paper
          ? datelineDate(text)
          : null,
  };
}

/** Years the document's own inspection ran in, or for a paper the inspection it discusses. */
export function ownInspectionYears(info: DocumentInfo): Set<number> {
  const written = info.inspectionDates ?? info.discusses?.date ?? '';
  const years = [...written.matchAll(/(?:19|20)\d\d/g)].map((m) => Number(m[0]));
  return new Set(years);
}
