// A report's title from its identity, as councillors name a report: authority, kind, month.
import { inspectionLabel } from '../compare/inspection-dates';
import type { DocumentInfo } from './findings';

/** What a report's title says when neither a publication date nor inspection dates were found. */
export const NO_PUBLICATION_DATE = 'publication date not stated';

/**
 * "Dudley: children's services inspection, Jan 2023": the authority, the document's kind and the
 * publication month (else the inspection's last month, else "publication date not stated").
 * Without an authority the title is `fallback` (the page's own title or the file's name), which
 * never carries the extension's name. Month labels as in Compare (lib/compare/inspection-dates).
 */
export function reportTitle(document: DocumentInfo | null, fallback: string): string {
  if (!document?.authority) return fallback;
  const when =
    document.publicationDate || document.inspectionDates
      ? inspectionLabel(document.publicationDate, document.inspectionDates)
      : NO_PUBLICATION_DATE;
  const kind = document.kind && document.kind !== 'other' ? document.kind : 'report';
  return `${document.authority}: ${kind}, ${when}`;
}
