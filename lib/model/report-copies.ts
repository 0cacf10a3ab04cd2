// Copies of one Ofsted document saved twice: a report's web page and its PDF are two stored reports,
// since the store keys a PDF by its fingerprint and a page by its address (report-id.ts). Lists and
// counts show them as one document with two copies.
import { DOCUMENT_KINDS } from '../detect/report-kinds';
import type { DocumentInfo } from './findings';

/** Kinds an inspectorate issues as one document with its own dates, so a page and a PDF of one kind,
 * authority, framework and dates are the same document. Council papers, reviews and other documents
 * are left out: two papers of one month are two documents. */
const NOT_ISSUED: readonly string[] = ['council paper', 'review', 'other'];
const ISSUED_KINDS = new Set<string>(DOCUMENT_KINDS.filter((k) => !NOT_ISSUED.includes(k)));

/** Inspection dates as a comparable key: "12–23 November 2018" and "12 to 23 November 2018" agree. */
const datesKey = (dates: string) =>
  dates
    .toLowerCase()
    .replace(/\s*(?:[-‐‑‒–—]|\bto\b|\band\b)\s*/g, '-')
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/[^a-z0-9-]+/g, ' ')
    .trim();

/** The key two copies of one document share, or null when the document cannot safely be matched
 * (no authority, no dates, or a kind that is not an issued report: a paper, a review, news). A
 * document stored before kinds were read (`kind` absent) matches by framework and dates. */
export function copyKeyOf(document: DocumentInfo): string | null {
  const { authorityUrn, kind, framework, inspectionDates, publicationDate } = document;
  if (!authorityUrn || (!inspectionDates && !publicationDate)) return null;
  if (kind === undefined ? !framework : !kind || !ISSUED_KINDS.has(kind)) return null;
  // The inspection dates name the document; publication only when it gives none (one copy may lack it).
  const when = inspectionDates ? datesKey(inspectionDates) : `published ${publicationDate}`;
  return [authorityUrn, kind ?? '', framework ?? '', when].join('|');
}

/** Documents grouped so that the copies of one document are together, in the order each group's
 * first copy comes; every other document alone. Linear in the number of documents. */
export function groupCopies<T extends { id: string; document: DocumentInfo }>(docs: T[]): T[][] {
  const groups: T[][] = [];
  const byKey = new Map<string, T[]>();
  for (const d of docs) {
    const key = copyKeyOf(d.document);
    const group = key === null ? undefined : byKey.get(key);
    if (group) group.push(d);
    else {
      const fresh = [d];
      groups.push(fresh);
      if (key !== null) byKey.set(key, fresh);
    }
  }
  return groups;
}

/** What a stored copy is, from its id: a web page is stored by its address, a PDF by its fingerprint
 * (or, for a PDF opened by address, an address ending .pdf). */
export function copyKindOf(id: string): 'PDF' | 'web page' {
  return /^(?:https?|file):/i.test(id) && !/\.pdf(?:[?#]|$)/i.test(id) ? 'web page' : 'PDF';
}

/** "PDF and web page" for a group of copies; '' for a single document. */
export function copiesNote(ids: string[]): string {
  if (ids.length < 2) return '';
  const kinds = [...new Set(ids.map(copyKindOf))];
  return kinds.length === 1 ? `saved ${ids.length} times, as ${kinds[0]}` : `saved as ${kinds.join(' and ')}`;
}
