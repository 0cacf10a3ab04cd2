// My clips' first screen, read before the whole store: the newest clips by the createdAt index, and
// only the reports they come from. Reading every clip and report takes seconds at 10,000 clips.
import type { Clip, StoredReport } from '../model/store-schemas';
import { readRow } from './rows';
import type { LensStore } from './store';

/** The newest `limit` clips that parse, by createdAt and then id, both descending (the order of My
 * clips' "Newest first"), read with an index cursor that stops there: never every clip. */
export async function newestClips(store: LensStore, limit: number): Promise<Clip[]> {
  const out: Clip[] = [];
  let cursor = await store.db.transaction('clips').store.index('byCreatedAt').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    const clip = readRow<Clip>('clips', cursor.value);
    if (clip) out.push(clip);
    cursor = await cursor.continue();
  }
  return out;
}

/** The saved reports with these ids that parse, in the order asked; a missing one is left out. */
export async function reportsById(store: LensStore, ids: readonly string[]): Promise<StoredReport[]> {
  const tx = store.db.transaction('reports');
  const found = await Promise.all([...new Set(ids)].map((id) => tx.store.get(id)));
  return found.map((v) => readRow<StoredReport>('reports', v)).filter((r): r is StoredReport => r !== null);
}
