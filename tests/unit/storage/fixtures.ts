// Small factories for store tests.
import 'fake-indexeddb/auto'; // idb needs IDBRequest and friends as globals
import { IDBFactory } from 'fake-indexeddb';
import { detectReport } from '../../../lib/detect/detect-report';
import { makeAnchor } from '../../../lib/model/anchor';
import type { Backup } from '../../../lib/storage/backup-schema';
import type { Clip, LinkDecision, StoredReport } from '../../../lib/model/store-schemas';
import { LensStore } from '../../../lib/storage/store';

export const REPORT_TEXT = `Inspection of Dudley local authority children’s services
Inspection dates: 31 October to 11 November 2022

Overall effectiveness\tRequires improvement to be good

What needs to improve?
• Management oversight of children in unregulated settings.
• The quality of assessments and plans.
`;

export function makeReport(id = 'fingerprint-1', over: Partial<StoredReport> = {}): StoredReport {
  const f = detectReport(REPORT_TEXT);
  return {
    id,
    fingerprint: id,
    urls: [`https://example.gov.uk/${id}.pdf`],
    title: 'Dudley 2022',
    savedAt: '2026-11-21',
    ...f,
    ...over,
  };
}

export function makeClip(id = 'clip-1', over: Partial<Clip> = {}): Clip {
  const start = REPORT_TEXT.indexOf('Management oversight');
  return {
    id,
    reportId: 'fingerprint-1',
    authority: 'Dudley',
    kind: 'recommendation',
    anchor: makeAnchor(REPORT_TEXT, start, start + 58),
    note: 'Ask at the December panel',
    tags: ['placements'],
    status: 'to raise',
    due: '2026-12-10',
    createdAt: '2026-11-21',
    updatedAt: '2026-11-21',
    ...over,
  };
}

const FROM = 'Ensure that return home interviews are offered to every child who goes missing.';
const TO = 'Return home interviews for children who go missing from home or care.';

/** A confirmed link between two Dudley recommendations (ids and dates as lib/compare makes them). */
export function makeDecision(over: Partial<LinkDecision> = {}): LinkDecision {
  return {
    id: '332:0123456789abcdef>fedcba9876543210',
    authority: '332',
    from: { reportId: 'dudley-2016', inspection: '11 January to 4 February 2016', quote: FROM },
    to: { reportId: 'dudley-2018', inspection: '8 to 19 October 2018', quote: TO },
    decision: 'confirmed',
    decidedAt: '2026-11-29T20:00:00.000Z',
    ...over,
  };
}

/** A fresh, empty store on its own in-memory IndexedDB. */
export const freshStore = () => LensStore.open(new IDBFactory());

/** Every row in every object store of `store`, as "store/key" names. */
export async function storedRowNames(store: LensStore): Promise<string[]> {
  const names: string[] = [];
  for (const name of store.db.objectStoreNames)
    for (const key of await store.db.getAllKeys(name)) names.push(`${name}/${String(key)}`);
  return names.sort();
}

/** The rows a backup holds, named as storedRowNames names them. */
export function backupRowNames(backup: Backup): string[] {
  return [
    ...backup.reports.map((r) => `reports/${r.id}`),
    ...backup.clips.map((c) => `clips/${c.id}`),
    ...backup.drafts.map((d) => `drafts/${d.clipId}`),
    ...backup.linkDecisions.map((d) => `linkDecisions/${d.id}`),
    ...backup.unreadable.map((u) => `${u.store}/${String(u.key)}`),
  ].sort();
}
