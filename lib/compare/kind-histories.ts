// Keeps report kinds apart: only children's services documents enter the children's services
// history; area SEND outcomes, school and provider grades each form their own history.
import type { DocumentInfo, JudgementMention } from '../model/findings';
import { kindLabel } from '../model/kind-label';

// Kinds whose judgements and recommendations belong to the authority's children's services history.
const CHILDRENS_SERVICES = new Set([
  "children's services inspection",
  'focused visit',
  'monitoring visit',
  'joint targeted area inspection',
  'council paper',
  'review',
  'other',
]);

/** True for a document of the children's services history; a stored report without a kind counts. */
export function inChildrensServicesHistory(doc: { document: DocumentInfo }): boolean {
  const kind = doc.document.kind;
  return kind === undefined || kind === null || CHILDRENS_SERVICES.has(kind);
}

export interface KindEntry {
  source: string;
  inspectionDates: string | null;
  publicationDate: string | null;
  previousInspection: string | null;
  /** the report's own judgements on its kind's scale: area as written → grade */
  grades: Record<string, string>;
}

export interface KindHistory {
  kind: string;
  label: string;
  /** oldest first */
  entries: KindEntry[];
}

const yearOf = (e: KindEntry) => /(?:19|20)\d\d/g.exec(e.inspectionDates ?? e.publicationDate ?? '')?.[0] ?? '';

/**
 * Each other kind's own history from the documents (any order): an area's SEND outcomes over time,
 * a school's grades, a provider's grades. `source` is the document's id. Only own judgements
 * (not earlier ones quoted) are listed; kinds are ordered as first met.
 */
export function otherKindHistories(
  docs: Array<{ id: string; document: DocumentInfo; judgements: JudgementMention[] }>,
): KindHistory[] {
  const byKind = new Map<string, KindEntry[]>();
  for (const d of docs) {
    if (inChildrensServicesHistory(d)) continue;
    const kind = d.document.kind!;
    const grades = Object.fromEntries(d.judgements.filter((j) => j.inspection === null).map((j) => [j.area, j.grade]));
    const entry = {
      source: d.id,
      inspectionDates: d.document.inspectionDates,
      publicationDate: d.document.publicationDate,
      previousInspection: d.document.previousInspection ?? null,
      grades,
    };
    byKind.set(kind, [...(byKind.get(kind) ?? []), entry]);
  }
  return [...byKind].map(([kind, entries]) => ({
    kind,
    label: kindLabel(kind),
    entries: entries.sort((a, b) => yearOf(a).localeCompare(yearOf(b))),
  }));
}
