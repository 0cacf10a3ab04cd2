// Merging a checked backup into the store, in one transaction: all of it lands, or none.
import type { IDBPObjectStore } from 'idb';
import type { Backup, UnreadableRow } from './backup-schema';
import type { LensDB } from './db';
import { isSameOrNewer, laterDecision, mergeReports, readRow } from './rows';
import type { Clip, ClipDraft, LinkDecision, StoredReport } from '../model/store-schemas';
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
  /** clips written whose report is in neither the backup nor the store (a report removed after it
   * was clipped keeps its clips): kept, so nothing is lost, and named in the restore's message */
  clipsWithoutReport: number;
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

type Write = () => Promise<unknown>;

// The writes of the rows read by kind (not yet made), counting them in `r`.
function queueRows(backup: Backup, old: Existing, os: (name: string) => AnyStore, r: ImportResult): Write[] {
  const writes: Write[] = [];
  const reportIds = new Set([...old.reports.keys(), ...backup.reports.map((report) => report.id)]);
  for (const report of backup.reports) {
    const here = old.reports.get(report.id);
    if (!old.reports.has(report.id)) r.reportsAdded++;
    writes.push(() => os('reports').put(here ? mergeReports(here, report) : report));
  }
  // A clip of a text span clipped here already under another id (the same report, the same quote
  // at the same place: clipped again in another profile, or restored there and backed up again) is
  // the same clip: it is not added a second time, and neither is its draft.
  const spanOf = (c: Clip) => JSON.stringify([c.reportId, c.anchor.start, c.anchor.quote]);
  const spans = new Set([...old.clips.values()].flatMap((c) => (c ? [spanOf(c)] : [])));
  const twins = new Set<string>();
  for (const clip of backup.clips) {
    const here = old.clips.get(clip.id);
    if (here && isSameOrNewer(here, clip)) continue;
    if (!old.clips.has(clip.id) && spans.has(spanOf(clip))) {
      twins.add(clip.id);
      continue;
    }
    spans.add(spanOf(clip));
    r[old.clips.has(clip.id) ? 'clipsUpdated' : 'clipsAdded']++;
    if (!reportIds.has(clip.reportId)) r.clipsWithoutReport++;
    writes.push(() => os('clips').put(clip));
  }
  for (const draft of backup.drafts.filter((d) => !old.drafts.has(d.clipId) && !twins.has(d.clipId))) {
    r.draftsAdded++;
    writes.push(() => os('drafts').put(draft));
  }
  for (const decision of backup.linkDecisions) {
    const here = old.decisions.get(decision.id);
    if (here && laterDecision(here, decision) === here) continue;
    r.decisionsRestored++;
    writes.push(() => os('linkDecisions').put(decision));
  }
  return writes;
}

// Each write copies its row at once: made at most CHUNK at a time, and no more once a chunk has
// taken CHUNK_MS to make (a report can be a hundred times the size of a clip; chunks of 15 ms
// made tasks of 65 ms at load average 9), waiting for each chunk inside the same transaction, so
// the page is never held for long and progress shows between.
const CHUNK = 500;
const CHUNK_MS = 8;
async function writeInChunks(writes: Write[], onProgress: (written: number, total: number) => void): Promise<void> {
  for (let i = 0; i < writes.length;) {
    const made: Array<Promise<unknown>> = [];
    // Every write made is awaited, even when a later one throws (they fail with the transaction).
    const all = () => Promise.all(made);
    const start = performance.now();
    try {
      do made.push(writes[i++]!());
      while (i < writes.length && made.length < CHUNK && performance.now() - start < CHUNK_MS);
    } catch (error) {
      all().catch(() => {});
      throw error;
    }
    await all();
    onProgress(i, writes.length);
  }
}

/** Merges a checked backup: reports by id (addresses joined, newest 50), clips by id (the later
 * edit wins; a clip of a span already clipped here under another id is left out), drafts where this store has none, link decisions by id (the later decidedAt wins; on
 * a tie, the backup's), and unread rows where nothing has their key. All in one transaction: all of
 * it lands, or none. `onProgress` hears the rows written so far and the rows to write. */
export async function importBackup(
  store: LensStore,
  backup: Backup,
  onProgress: (written: number, total: number) => void = () => {},
): Promise<ImportResult> {
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
      clipsWithoutReport: 0,
    };
    // A failed write aborts the transaction; its rejection is the one reported.
    const done = tx.done.catch((error: unknown) => error);
    const writes = queueRows(backup, await readExisting(os), os, r);
    const kept: Array<Promise<unknown>> = [];
    for (const u of backup.unreadable) {
      const keep = names.includes(u.store) ? await keepUnreadable(os(u.store), u) : null;
      if (keep) kept.push(keep.put);
      r[keep ? 'unreadableKept' : 'unreadableSkipped']++;
    }
    try {
      await Promise.all(kept);
      await writeInChunks(writes, onProgress);
    } catch (error) {
      // A row that cannot be stored throws at once, without failing the transaction: end it here.
      tx.abort();
      throw error;
    }
    const failed = await done;
    if (failed) throw failed;
    return r;
  });
}
