// Reads and writes of the store. Every row is parsed with its schema; a row that does not parse
// is counted and reported, never silently dropped or passed on, and every backup keeps it.
import type { IDBPDatabase } from 'idb';
import { openLensDb, type LensDB } from './db';
import { listInPages, parseAll, type Listed } from './parse-rows';
import { mergeUrls, readRow } from './rows';
import { ClipSchema, ReportSchema, type Clip, type ClipDraft, type StoredReport } from '../model/store-schemas';
import { ClipConflictError, explainStoreError } from './store-error';

export { ClipConflictError, explainStoreError, StoreError } from './store-error';
export type { Listed } from './parse-rows';

/** A deleted clip and its unsaved draft, to put back if the user undoes the delete. */
export interface DeletedClip {
  clip: Clip | null;
  draft: ClipDraft | null;
}

// Each saved edit gets a later updatedAt than the version it replaces, even if the clock went back.
const laterThan = (iso: string) => new Date(Math.max(Date.now(), Date.parse(iso) + 1)).toISOString();

// Rows read at a time when listing: each read is copied into the page in one task, so at most
// about 200 kB a read (a report of the store benchmark is about 8 kB as JSON, a clip 0.6 kB);
// 100 reports took up to 250 ms to come in at load average 8–11, and 25 still 96 ms (a report
// is many small objects to copy).
const REPORTS_PAGE = 10;
const CLIPS_PAGE = 300;

export class LensStore {
  constructor(readonly db: IDBPDatabase<LensDB>) {}

  /** Opens the store in an extension page or the background (never in a content script). */
  static async open(factory?: IDBFactory): Promise<LensStore> {
    try {
      return new LensStore(await openLensDb(factory));
    } catch (error) {
      throw explainStoreError(error);
    }
  }

  /** Saves a report; a report already saved keeps its id and gains any new address (newest 50). */
  async saveReport(report: StoredReport): Promise<StoredReport> {
    const next = ReportSchema.parse(report);
    return this.write(async () => {
      const tx = this.db.transaction('reports', 'readwrite');
      const old = readRow<StoredReport>('reports', await tx.store.get(next.id));
      const merged = ReportSchema.parse(old ? { ...next, urls: mergeUrls(old.urls, next.urls) } : next);
      await Promise.all([tx.store.put(merged), tx.done]);
      return merged;
    });
  }

  /** Saves a report added again from a file or address ("Add reports…"): when one with its id is
   * stored already, that one stays as it is (its title too, not the new file's name) and only gains
   * the new address; `added` says which. Checked inside the write, so two panels agree. */
  async addReport(report: StoredReport): Promise<{ report: StoredReport; added: boolean }> {
    const next = ReportSchema.parse(report);
    return this.write(async () => {
      const tx = this.db.transaction('reports', 'readwrite');
      const old = readRow<StoredReport>('reports', await tx.store.get(next.id));
      const kept = old ? ReportSchema.parse({ ...old, urls: mergeUrls(old.urls, next.urls) }) : next;
      await Promise.all([tx.store.put(kept), tx.done]);
      return { report: kept, added: !old };
    });
  }

  async getReport(id: string): Promise<StoredReport | null> {
    return readRow<StoredReport>('reports', await this.db.get('reports', id));
  }

  /** Every saved report that parses (100 at a time: a report can be large), and how many did not. */
  async listReports(): Promise<Listed<StoredReport>> {
    return listInPages(this.db, 'reports', REPORTS_PAGE);
  }

  /** Removes one saved report. Its clips stay (with their quotes) in My clips. */
  async deleteReport(id: string): Promise<void> {
    await this.write(() => this.db.delete('reports', id));
  }

  /** Adds a new clip; an id already stored is refused (ConstraintError), never overwritten. */
  async addClip(clip: Clip): Promise<Clip> {
    const next = ClipSchema.parse(clip);
    return this.write(async () => (await this.db.add('clips', next), next));
  }

  /** Adds a clip of one of a report's recommendations unless that recommendation (same report, same
   * anchor start and quote) is clipped already; then writes nothing and returns the clip stored,
   * `added` false. The check and the add are one readwrite transaction, so two panels clipping at
   * the same moment make one clip. */
  async clipRecommendation(clip: Clip): Promise<{ clip: Clip; added: boolean }> {
    const next = ClipSchema.parse(clip);
    return this.write(async () => {
      const tx = this.db.transaction('clips', 'readwrite');
      const same = parseAll<Clip>('clips', await tx.store.index('byReport').getAll(next.reportId)).rows.find(
        (c) => c.anchor.start === next.anchor.start && c.anchor.quote === next.anchor.quote,
      );
      await Promise.all([same ? null : tx.store.add(next), tx.done]);
      return same ? { clip: same, added: false } : { clip: next, added: true };
    });
  }

  /** Saves an edit made from the version whose updatedAt is `baseUpdatedAt`. Checked inside the
   * write: if the clip changed or went meanwhile, throws ClipConflictError and writes nothing. */
  async saveClipEdit(clip: Clip, baseUpdatedAt: string): Promise<Clip> {
    ClipSchema.parse(clip);
    return this.write(async () => {
      const tx = this.db.transaction(['clips', 'drafts'], 'readwrite');
      const current = readRow<Clip>('clips', await tx.objectStore('clips').get(clip.id));
      if (!current || current.updatedAt !== baseUpdatedAt) throw new ClipConflictError(current);
      const next = ClipSchema.parse({ ...clip, createdAt: current.createdAt, updatedAt: laterThan(current.updatedAt) });
      await Promise.all([tx.objectStore('clips').put(next), tx.objectStore('drafts').delete(clip.id), tx.done]);
      return next;
    });
  }

  /** Deletes a clip and its draft; returns both, so the delete can be undone. */
  async deleteClip(id: string): Promise<DeletedClip> {
    return this.write(async () => {
      const tx = this.db.transaction(['clips', 'drafts'], 'readwrite');
      const clip = readRow<Clip>('clips', await tx.objectStore('clips').get(id));
      const draft = readRow<ClipDraft>('drafts', await tx.objectStore('drafts').get(id));
      await Promise.all([tx.objectStore('clips').delete(id), tx.objectStore('drafts').delete(id), tx.done]);
      return { clip, draft };
    });
  }

  /** Puts back what deleteClip returned, unless a clip with that id exists again. */
  async undoDelete({ clip, draft }: DeletedClip): Promise<void> {
    if (!clip) return;
    await this.write(async () => {
      const tx = this.db.transaction(['clips', 'drafts'], 'readwrite');
      const writes: Array<Promise<unknown>> = [tx.objectStore('clips').add(clip)];
      if (draft) writes.push(tx.objectStore('drafts').put(draft));
      await Promise.all([...writes, tx.done]);
    });
  }

  /** Every clip that parses (read 1,000 at a time), and how many did not. */
  async listClips(): Promise<Listed<Clip>> {
    return listInPages(this.db, 'clips', CLIPS_PAGE);
  }

  /** How many clip rows are stored, counted by the database without reading a clip. Counts the
   * object store, not an index: in Chromium an index's count walks its entries (240–330 ms for
   * 10,000 clips) while the store's took 15–25 ms. A damaged row is counted here until the clips
   * are read, which leave it out and report it. */
  countClips(): Promise<number> {
    return this.db.count('clips');
  }

  async clipsOfReport(reportId: string): Promise<Clip[]> {
    return parseAll<Clip>('clips', await this.db.getAllFromIndex('clips', 'byReport', reportId)).rows;
  }

  /** Deletes every report, clip, draft and link decision (after the user confirmed, and ideally made a backup). */
  async clearAll(): Promise<void> {
    await this.write(async () => {
      const tx = this.db.transaction(['reports', 'clips', 'drafts', 'linkDecisions'], 'readwrite');
      await Promise.all([...tx.objectStoreNames].map((n) => tx.objectStore(n).clear()).concat(tx.done));
    });
  }

  /** Runs a write, turning quota and other failures into StoreError. */
  async write<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw explainStoreError(error);
    }
  }
}
