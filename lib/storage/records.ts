// Building stored rows from what the page side reports.
import type { PageReport } from '../messages/contracts';
import type { Anchor, Clip, StoredReport } from '../model/store-schemas';

const now = () => new Date().toISOString();
const EMPTY_DOCUMENT = { authority: null, authorityUrn: null, framework: null, inspectionDates: null, publicationDate: null };

/** The stored report for a page or PDF the page side describes. */
export function reportFromPage(page: PageReport): StoredReport {
  return {
    id: page.reportId,
    fingerprint: page.fingerprint,
    urls: [page.url],
    title: page.title.slice(0, 500),
    document: page.findings?.document ?? EMPTY_DOCUMENT,
    judgements: page.findings?.judgements ?? [],
    recommendations: page.findings?.recommendations ?? [],
    savedAt: now(),
  };
}

/** A new clip of `anchor` in `report`, to raise. */
export function newClip(report: StoredReport, kind: Clip['kind'], anchor: Anchor): Clip {
  return {
    id: crypto.randomUUID(),
    reportId: report.id,
    authority: report.document.authority,
    kind,
    anchor,
    note: '',
    tags: [],
    status: 'to raise',
    due: null,
    createdAt: now(),
    updatedAt: now(),
  };
}
