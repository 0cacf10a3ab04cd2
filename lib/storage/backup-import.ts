// Merging a checked backup into the store, in one transaction: all of it lands, or none.
import type { IDBPObjectStore } from 'idb';
import type { Backup, UnreadableRow } from './backup-schema';
import type { LensDB } from './db';
import { isSameOrNewer, laterDecision, mergeReports, readRow } from './rows';
import type { Clip, ClipDraft, LinkDecision, StoredReport } from './schemas';
import type { LensStore } from './store';

export interface ImportResult {
  reportsAdded: number;
  clipsAdded: number;
  clipsUpdated: number;
  draftsAdded: number;
  /** link decisions written: new ones, and those decided later than (or when) the one here */
  decisionsRestored: number;
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

type Existing = {
  reports: Map<string, StoredReport | null>;
  clips: Map<string, Clip | null>;
  drafts: Set<string>;
  decisions: Map<string, LinkDecision | null>;
};

// What the store holds now, by id (a row that does not parse maps to null: the backup may replace it).
async function readExisting(os: (name: string) => AnyStore): Promise<Existing> {
  const stores = ['reports', 'clips', 'drafts', 'linkDecisions'];
  const [reports, clips, drafts, decisions] = await Promise.all(stores.map((n) => os(n).getAll()));
  return {
    reports: new Map(reports!.map((v) => [(v as StoredReport).id, readRow<StoredReport>('reports', v)])),
    clips: new Map(clips!.map((v) => [(v as Clip).id, readRow<Clip>('clips', v)])),
    drafts: new Set(drafts!.map((v) => (v as ClipDraft).clipId)),
    decisions: new Map(decisions!.map((v) => [(v as LinkDecision).id, readRow<LinkDecision>('linkDecisions', v)])),
  };
}

// Queues the writes of the rows read by kind, counting them in `r`.
function queueRows(backup: Backup, old: Existing, os: (name: string) => AnyStore, r: ImportResult): Array<Promise<unknown>> {
  const writes: Array<Promise<unknown>> = [];
  for (const report of backup.reports) {
    const here = old.reports.get(report.id);
    if (!old.reports.has(report.id)) r.reportsAdded++;
    writes.push(os('reports').put(here ? mergeReports(here, report) : report));
  }
  for (const clip of backup.clips) {
    const here = old.clips.get(clip.id);
    if (here && isSameOrNewer(here, clip)) continue;
    r[old.clips.has(clip.id) ? 'clipsUpdated' : 'clipsAdded']++;
    writes.push(os('clips').put(clip));
  }
  for (const draft of backup.drafts.filter((d) => !old.drafts.has(d.clipId))) {
    r.draftsAdded++;
    writes.push(os('drafts').put(draft));
  }
  for (const decision of backup.linkDecisions) {
    const here = old.decisions.get(decision.id);
    if (here && laterDecision(here, decision) === here) continue;
    r.decisionsRestored++;
    writes.push(os('linkDecisions').put(decision));
  }
  return writes;
}

/** Merges a checked backup: reports by id (addresses joined, newest 50), clips by id (the later
 * edit wins), drafts where this store has none, link decisions by id (the later decidedAt wins; on
 * a tie, the backup's), and unread rows where nothing has their key. */
export async function importBackup(store: LensStore, backup: Backup): Promise<ImportResult> {
  return store.write(async () => {
    const names: string[] = [...store.db.objectStoreNames];
    const tx = store.db.transaction(names as never[], 'readwrite');
    const os = (name: string) => tx.objectStore(name as never) as unknown as AnyStore;
    const r: ImportResult = {
      reportsAdded: 0,
      clipsAdded: 0,
      clipsUpdated: 0,
      draftsAdded: 0,
      decisionsRestored: 0,
      unreadableKept: 0,
      unreadableSkipped: 0,
    };
    const writes = queueRows(backup, await readExisting(os), os, r);
    for (const u of backup.unreadable) {
      const kept = names.includes(u.store) ? await keepUnreadable(os(u.store), u) : null;
      if (kept) writes.push(kept.put);
      r[kept ? 'unreadableKept' : 'unreadableSkipped']++;
    }
    await Promise.all([...writes, tx.done]);
    return r;
  });
}
