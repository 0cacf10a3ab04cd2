// What each document says about inspections: the inspection it is the report of (if any), and the
// grades it states, each either its own inspection's or quoted from another (dated as the text dates it).
import type { JudgementMention } from '../model/findings';
import { compareKeysOf, type CompareKey } from './compare-areas';
import { familiesByWording, familiesFor, familyOf, interimFamilyOf, previousFamilies } from './framework-family';
import { joinSpans, monthIndex, spanOfDateText } from './inspection-dates';
import type { FrameworkFamily, MonthSpan, SourceDocument } from './inspection-types';
import { slacSections } from '../model/slac-sections';
import { pairSlacParts } from './slac-parts';

/** A document's claim to be the report of one inspection. */
export interface OwnClaim {
  doc: SourceDocument;
  family: FrameworkFamily;
  span: MonthSpan;
  /** areas it grades for its own inspection (a report grades more than a paper about it) */
  areas: number;
  /** true when the detector's `kind` says it is Ofsted's report */
  isReport: boolean;
}

/** One grade stated for an inspection, not yet attached to one. */
export interface GradeQuote {
  key: CompareKey;
  grade: string;
  rank: number;
  doc: SourceDocument;
  quote: string;
  /** the families it can belong to (scale, area, date) */
  families: FrameworkFamily[];
  /** the months the text dates it to; null for "previous" or undated */
  when: MonthSpan | null;
  /** "previous": the last inspection before `before` */
  previous: boolean;
  /** the quoting document's own months, to place "previous" */
  before: MonthSpan | null;
  /** the document's own grade of the inspection it discusses or claims (not a dated quote) */
  own: boolean;
  /** the date as the text gives it ("April 2015"), or the dates of the inspection discussed */
  dateText: string | null;
}

/** The inspection a paper discusses, as the detector reports it (`document.discusses`, when present). */
function discussedOf(
  doc: SourceDocument,
): { family: FrameworkFamily | null; span: MonthSpan | null; dates: string | null } | null {
  const d = (doc.document as { discusses?: unknown }).discusses;
  if (!d || typeof d !== 'object') return null;
  const o = d as Record<string, unknown>;
  const text = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : null);
  const dates = text('inspectionDates') ?? text('dates') ?? text('date');
  const span = joinSpans(spanOfDateText(dates), spanOfDateText(text('publicationDate')));
  return { family: familyOf(text('framework')), span, dates };
}

/** The months of the inspection a paper discusses (`document.discusses`), or null: no such field or no date. */
export const discussedSpanOf = (doc: SourceDocument): MonthSpan | null => discussedOf(doc)?.span ?? null;

/** Ofsted's own report of a children's services inspection, by the detector's `kind` when it gives one. */
export function isInspectionReport(doc: SourceDocument): boolean | null {
  const kind = (doc.document as { kind?: unknown }).kind;
  return typeof kind === 'string' ? /children.s (?:social care )?services inspection/i.test(kind) : null;
}

/** The months of a document's own inspection: its dates and publication. */
export const ownSpanOf = (doc: SourceDocument) =>
  joinSpans(spanOfDateText(doc.document.inspectionDates), spanOfDateText(doc.document.publicationDate));

/** The family of a document's own inspection: its framework's, else (an Ofsted report only) the
 * 2012–13 interim framework its dates and own areas show. */
function ownFamilyOf(doc: SourceDocument, span: MonthSpan | null): FrameworkFamily | null {
  const named = familyOf(doc.document.framework);
  if (named || !span || isInspectionReport(doc) !== true) return named;
  return interimFamilyOf(
    span,
    doc.judgements.filter((j) => j.inspection === null).map((j) => j.area),
  );
}

/** Row keys of a document's judgements. Under SLAC a bare "Overall effectiveness" is the safeguarding
 * grade first and the looked-after-children grade second (the SLAC report's two sections); under the
 * 2012–13 interim frameworks it is the one area each inspected. */
function keyedJudgements(
  doc: SourceDocument,
  family: FrameworkFamily | null,
): Array<{ j: JudgementMention; keys: CompareKey[] }> {
  const sections = slacSections(doc.judgements, { framework: family === 'SLAC' ? 'SLAC' : null });
  const interim: CompareKey | null = family === 'LAC' ? 'in_care' : family === 'CP' ? 'help_protection' : null;
  return doc.judgements
    .map((j, i) => {
      let keys = compareKeysOf(j);
      const section = sections[i];
      if (section && keys[0] === 'overall') keys = [section === 'safeguarding' ? 'help_protection' : 'in_care'];
      if (interim && !j.inspection && keys[0] === 'overall') keys = [interim];
      return { j, keys };
    })
    .sort((a, b) => a.j.start - b.j.start);
}

/** The document's claim to be an inspection's own report: a report by `kind`, or without `kind` any
 * dated document of a graded framework (a paper about the same inspection then loses to the report,
 * which grades more areas). A paper with `discusses` claims nothing. */
export function ownClaimOf(doc: SourceDocument): OwnClaim | null {
  const isReport = isInspectionReport(doc);
  const span = ownSpanOf(doc);
  const family = ownFamilyOf(doc, span);
  if (isReport === false || !family || !span || discussedOf(doc)) return null;
  const keys = new Set(keyedJudgements(doc, family).flatMap((k) => (k.j.inspection ? [] : k.keys)));
  return { doc, family, span, areas: keys.size, isReport: isReport === true };
}

/** The last month a document can speak of as past: its publication date's, else its own
 * inspection's last month, else (an undated page) the current month. */
function latestMonthOf(doc: SourceDocument): number {
  const published = spanOfDateText(doc.document.publicationDate);
  const own = spanOfDateText(doc.document.inspectionDates);
  const now = new Date();
  return published?.to ?? own?.to ?? monthIndex(now.getFullYear(), now.getMonth());
}

/** Every grade the document states, as quotes to attach. Its undated grades belong to the inspection
 * it discusses (or its own stated dates and framework), never to the paper's own date. */
export function gradeQuotesOf(doc: SourceDocument): GradeQuote[] {
  const discussed = discussedOf(doc);
  const ownSpan = discussed ? discussed.span : ownSpanOf(doc);
  const ownFamily = discussed ? discussed.family : ownFamilyOf(doc, ownSpan);
  const ownDates = discussed ? discussed.dates : doc.document.inspectionDates;
  const latest = latestMonthOf(doc);
  const quotes = keyedJudgements(doc, ownFamily).flatMap(({ j, keys }) => {
    if (j.rank === null) return [];
    const previous = j.inspection !== null && !spanOfDateText(j.inspection);
    const when = j.inspection ? spanOfDateText(j.inspection) : ownSpan;
    // An earlier inspection dated after the document itself is an aim or a misread ("leaders are
    // rated outstanding in 2030"): no inspection is made of it.
    if (j.inspection && when && when.from > latest) return [];
    return keys.flatMap((key) => {
      const worded = j.inspection ? familiesByWording(familiesFor(key, j.grade, when), j.quote) : familiesFor(key, j.grade, when);
      // "At the previous inspection …" with no date: not of a framework that could not yet have inspected.
      const fits = previous ? previousFamilies(worded, ownSpan, ownFamily) : worded;
      const families = j.inspection || !ownFamily ? fits : fits.filter((f) => f === ownFamily);
      if (families.length === 0) return [];
      const own = j.inspection === null;
      const dateText = j.inspection ?? ownDates;
      return [
        { key, grade: j.grade, rank: j.rank!, doc, quote: j.quote, families, when, previous, before: ownSpan, own, dateText },
      ];
    });
  });
  return pairSlacParts(quotes);
}
