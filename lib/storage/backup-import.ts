// Merging a checked backup into the store, in one transaction: all of it lands, or none.
import type { IDBPObjectStore } from 'idb';
import type { Backup, UnreadableRow } from './backup-schema';
import type { LensDB } from './db';
import { isSameOrNewer, mergeReports, readRow } from './rows';
import type { Clip, ClipDraft, StoredReport } from './schemas';
import type { LensStore } from './store';

export interface ImportResult {
  reportsAdded: number;
  clipsAdded: number;
  clipsUpdated: number;
  draftsAdded: number;
  /** rows the backup held unread, now stored as they were (they show as unreadable, and back up) */
  unreadableKept: number;
  /** unread rows not stored: a row with that key is here already, or this version has no place for it */
  unreadableSkipped: number;
}

type AnyStore = IDBPObjectStore<LensDB, never, never, 'readwrite'> & {
  put(value: unknown, key?: IDBValidKey): Promise<IDBValidKey>;
  getKey(key: IDBValidKey): Promise<IDBValidKey | undefined>;
};

// An unread row goes back only where it came from, under its own key, and never over a row here.
async function keepUnreadable(os: AnyStore, u: UnreadableRow): Promise<{ put: Promise<unknown> } | null> {
  if ((await os.getKey(u.key as IDBValidKey)) !== undefined) return null;
  if (os.keyPath === null) return { put: os.put(u.row, u.key as IDBValidKey) };
  const own = typeof os.keyPath === 'string' ? (u.row as Record<string, unknown> | null)?.[os.keyPath] : undefined;
  return own === u.key ? { put: os.put(u.row) } : null;
}

/** Merges a checked backup: reports by id (addresses joined, newest 50), clips by id (the later
 * edit wins), drafts where this store has none, and unread rows where nothing has their key. */
export async function importBackup(store: LensStore, backup: Backup): Promise<ImportResult> {
  return store.write(async () => {
    const names: string[] = [...store.db.objectStoreNames];
    const tx = store.db.transaction(names as never[], 'readwrite');
    const os = (name: string) => tx.objectStore(name as never) as unknown as AnyStore;
    const [oldReports, oldClips, oldDrafts] = await Promise.all(['reports', 'clips', 'drafts'].map((n) => os(n).getAll()));
    const reports = new Map(oldReports!.map((r) => [(r as StoredReport).id, readRow<StoredReport>('reports', r)]));
    const clips = new Map(oldClips!.map((c) => [(c as Clip).id, readRow<Clip>('clips', c)]));
    const drafts = new Set(oldDrafts!.map((d) => (d as ClipDraft).clipId));
    const r: ImportResult = {
      reportsAdded: 0,
      clipsAdded: 0,
      clipsUpdated: 0,
      draftsAdded: 0,
      unreadableKept: 0,
      unreadableSkipped: 0,
    };
    const writes: Array<Promise<unknown>> = [];
    for (const report of backup.reports) {
      const old = reports.get(report.id);
      if (!reports.has(report.id)) r.reportsAdded++;
      writes.push(os('reports').put(old ? mergeReports(old, report) : report));
    }
    for (const clip of backup.clips) {
      const old = clips.get(clip.id);
      if (old && isSameOrNewer(old, clip)) continue;
      if (clips.has(clip.id)) r.clipsUpdated++;
      else r.clipsAdded++;
      writes.push(os('clips').put(clip));
    }
    for (const draft of backup.drafts.filter((d) => !drafts.has(d.clipId))) {
      r.draftsAdded++;
      writes.push(os('drafts').put(draft));
    }
    for (const u of backup.unreadable) {
      const kept = names.includes(u.store) ? await keepUnreadable(os(u.store), u) : null;
      if (kept) writes.push(kept.put);
      r[kept ? 'unreadableKept' : 'unreadableSkipped']++;
    }
    await Promise.all([...writes, tx.done]);
    return r;
  });
}
