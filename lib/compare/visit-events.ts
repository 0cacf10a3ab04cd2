// Visits between full inspections (focused visits, monitoring visits, joint targeted area
// inspections) as events on the authority's timeline: ungraded, with their own recommendations.
// Ofsted's ILACS framework: visits give no grade; a letter's "areas for priority action" and
// "areas for improvement" are its recommendations; a grade it cites belongs to an earlier inspection.
import { familyOf } from './framework-family';
import { inspectionLabel, joinSpans, monthLabel, spanOfDateText } from './inspection-dates';
import type { InspectionEvent, SourceDocument } from './inspection-types';

export const VISIT_KINDS: ReadonlySet<string> = new Set(['focused visit', 'monitoring visit', 'joint targeted area inspection']);

/** True for a focused visit, monitoring visit or JTAI letter (by the detector's `kind`). */
export const isVisit = (doc: SourceDocument) => VISIT_KINDS.has((doc.document as { kind?: unknown }).kind as string);

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/** The visit's dates as written: its own, else those of the visit the letter says it reports on. */
function visitDates(doc: SourceDocument): string | null {
  const d = (doc.document as { discusses?: Record<string, unknown> | null }).discusses;
  return doc.document.inspectionDates ?? text(d?.inspectionDates) ?? text(d?.date) ?? null;
}

/** The visit as an event (id "visit-May-2024"), or null when the letter gives no date to place it.
 * Its grades stay empty: a visit grades nothing. Recommendations are attached by the caller. */
export function visitEventOf(doc: SourceDocument): InspectionEvent | null {
  const dates = visitDates(doc);
  const span = joinSpans(spanOfDateText(dates), spanOfDateText(doc.document.publicationDate));
  if (!span) return null;
  const kind = (doc.document as { kind?: string }).kind!;
  const d = (doc.document as { discusses?: Record<string, unknown> | null }).discusses;
  const framework = text(d?.framework) ?? doc.document.framework ?? kind;
  return {
    id: `visit-${monthLabel(span.from).replace(' ', '-')}`,
    kind,
    framework,
    // Visits are kept out of the lists that place grades and papers, so the family only orders them.
    family: familyOf(framework) ?? 'ILACS',
    authority: doc.document.authority,
    urn: doc.document.authorityUrn,
    inspectionDates: dates,
    publicationDate: doc.document.publicationDate,
    label: inspectionLabel(doc.document.publicationDate, dates),
    span,
    sources: [doc.id],
    reported: false,
    reportedBy: [],
    grades: {},
    disagreements: [],
    recommendations: [],
    theme: text((doc.document as { theme?: unknown }).theme),
  };
}

/** True for a visit's event: it has no grades, so "the newest inspection" skips it. */
export const isVisitEvent = (e: Pick<InspectionEvent, 'kind'>) => VISIT_KINDS.has(e.kind);
