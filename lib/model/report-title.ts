// A report's title from its identity, as councillors name a report: authority, kind, month.
import { inspectionLabel } from '../compare/inspection-dates';
import type { DocumentInfo } from './findings';

/** What a report's title says when neither a publication date nor inspection dates were found. */
export const NO_PUBLICATION_DATE = 'publication date not stated';

/**
 * "Dudley: children's services inspection, Jan 2023": the authority, the document's kind and the
 * publication month (else the inspection's last month, else "publication date not stated", with
 * the document's own title so undated papers can be told apart).
 * Without an authority the title is `fallback` (the page's own title or the file's name), which
 * never carries the extension's name. Month labels as in Compare (lib/compare/inspection-dates).
 */
export function reportTitle(document: DocumentInfo | null, fallback: string): string {
  if (!document?.authority) return fallback;
  const when =
    document.publicationDate || document.inspectionDates
      ? // A document is titled by when it was published; Compare heads an inspection by its own dates.
        inspectionLabel(document.publicationDate, document.publicationDate ? null : document.inspectionDates)
      : NO_PUBLICATION_DATE;
  const kind = document.kind && document.kind !== 'other' ? document.kind : 'report';
  // Undated papers and news stories of one authority would all read alike: their own title tells them apart.
  const own = when === NO_PUBLICATION_DATE ? ownTitleOf(fallback) : '';
  return own ? `${document.authority}: ${kind} “${own}”, ${when}` : `${document.authority}: ${kind}, ${when}`;
}

/** A page's or file's own title cut to about 60 characters at a word, with "…"; '' when empty. */
function ownTitleOf(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= 60) return t;
  const cut = t.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 60)}…`;
}
