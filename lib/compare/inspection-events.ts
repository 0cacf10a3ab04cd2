// Inspection events: made from a report's own claim, found again for a grade another document
// quotes, or created as "reported" when no report of that inspection is stored.
import { FAMILY_FRAMEWORK, FAMILY_START, familyOf, likeliestFamily } from './framework-family';
import { inspectionLabel, monthLabel, monthsApart } from './inspection-dates';
import type { FrameworkFamily, InspectionEvent, MonthSpan, SourceDocument } from './inspection-types';
import type { OwnClaim } from './source-claims';

/** How far (in months) a later document's date for an inspection may lie outside the months from
 * its start to its publication. Documents date an inspection by when it happened, when it was
 * published, or the council's financial year (from April), and some are simply a year out: Dudley's
 * 2016 commissioner report dates the January–February 2016 SIF "April 2015". Inspections of one
 * framework for one authority are at least about two and a half years apart (SIF once per authority
 * 2013–18; ILACS every three years), so twelve months either side cannot reach the neighbouring one;
 * where two are in reach, the nearer wins. */
export const DATE_TOLERANCE_MONTHS = 12;

/** Ordering key of an event: its first month, else just before the inspection that quotes it. */
export const orderOf = (e: InspectionEvent & { order?: number }) => e.span?.from ?? e.order ?? 0;

/** A new event for a report's own inspection. */
export function eventOfClaim(claim: OwnClaim): InspectionEvent {
  const { document } = claim.doc;
  return {
    id: `${claim.family}-${monthLabel(claim.span.from).replace(' ', '-')}`,
    kind: "children's services inspection",
    // A 2012–13 interim report's framework is "other" to the detector: name it by its family.
    framework: familyOf(document.framework) === claim.family ? document.framework! : FAMILY_FRAMEWORK[claim.family],
    family: claim.family,
    authority: document.authority,
    urn: document.authorityUrn,
    inspectionDates: document.inspectionDates,
    publicationDate: document.publicationDate,
    label: inspectionLabel(document.publicationDate, document.inspectionDates),
    span: claim.span,
    sources: [claim.doc.id],
    reported: false,
    reportedBy: [],
    grades: {},
    disagreements: [],
    recommendations: [],
  };
}

export interface Placement {
  families: FrameworkFamily[];
  when: MonthSpan | null;
  previous: boolean;
  before: MonthSpan | null;
}

/** The stored event a date (or "previous", or no date) refers to, within the framework families
 * allowed; null when none fits. Without a date, only a family's one and only event fits. */
export function findEvent(events: InspectionEvent[], p: Placement): InspectionEvent | null {
  const fits = events.filter((e) => p.families.includes(e.family));
  if (p.when) {
    const near = fits
      .filter((e) => e.span && monthsApart(p.when!, e.span) <= DATE_TOLERANCE_MONTHS)
      .sort((a, b) => monthsApart(p.when!, a.span!) - monthsApart(p.when!, b.span!));
    return near[0] ?? null;
  }
  if (p.previous) {
    if (!p.before) return null;
    const earlier = fits.filter((e) => orderOf(e) < p.before!.from).sort((a, b) => orderOf(b) - orderOf(a));
    return earlier[0] ?? null;
  }
  return fits.length === 1 ? fits[0]! : null;
}

/** The framework shown for a reported inspection no text names and no date settles. */
export const FRAMEWORK_NOT_STATED = 'framework not stated';

/** A "reported" event: an inspection known only from a later document's statement of it. */
export function reportedEvent(p: Placement, dateText: string | null, doc: SourceDocument): InspectionEvent {
  const family = likeliestFamily(p.families, p.when);
  const when = p.when ? monthLabel(p.when.from).replace(' ', '-') : p.previous ? 'previous' : 'undated';
  const order = p.when?.from ?? (p.previous && p.before ? p.before.from - 1 : FAMILY_START[family]);
  const event: InspectionEvent & { order: number } = {
    id: `${family}-${when}-reported`,
    kind: "children's services inspection",
    // An undated "previous inspection" that more than one framework could have been: not named.
    framework: !p.when && p.families.length > 1 ? FRAMEWORK_NOT_STATED : FAMILY_FRAMEWORK[family],
    family,
    authority: doc.document.authority,
    urn: doc.document.authorityUrn,
    inspectionDates: p.when ? dateText : null,
    publicationDate: null,
    label: p.when ? inspectionLabel(null, dateText) : p.previous ? 'previous inspection' : 'date not given',
    span: p.when,
    sources: [],
    reported: true,
    reportedBy: [],
    grades: {},
    disagreements: [],
    recommendations: [],
    order,
  };
  return event;
}

/** Records that `doc` speaks of the event. */
export function addSource(event: InspectionEvent, doc: SourceDocument): void {
  if (!event.sources.includes(doc.id)) event.sources.push(doc.id);
  if (event.reported && !event.reportedBy.includes(doc.title)) event.reportedBy.push(doc.title);
}

/** A reported inspection first dated by a bare year ("2010") takes a later quote's month where that
 * month lies inside it ("October 2010"): the inspection is named as precisely as any document dates it. */
export function sharpenDate(event: InspectionEvent, when: MonthSpan | null, dateText: string | null): void {
  const span = event.span;
  if (!event.reported || !when || !span || !dateText) return;
  const bareYear = span.to - span.from === 11 && span.from % 12 === 0;
  const narrower = when.to - when.from < 11;
  if (!bareYear || !narrower || when.from < span.from || when.to > span.to) return;
  event.span = when;
  event.inspectionDates = dateText;
  event.label = inspectionLabel(null, dateText);
}
