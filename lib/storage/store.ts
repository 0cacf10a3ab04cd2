// Reads and writes of the store. Every row is parsed with its schema; a row that does not parse
// is counted and reported, never silently dropped or passed on.
import type { IDBPDatabase } from 'idb';
import type { z } from 'zod';
import { openLensDb, type LensDB } from './db';
import { ClipSchema, ReportSchema, type Clip, type StoredReport } from './schemas';

/** A store failure in words for the user; `reason` says whether anything can be done. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'full' | 'unavailable' | 'invalid',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface Listed<T> {
  rows: T[];
  /** rows that failed their schema (damaged or from a bad import); kept in the database */
  invalid: number;
}

/** Turns IndexedDB's failures into StoreError. */
export function explainStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError')
    return new StoreError('The browser has no room left for Inspection Lens. Export a backup, then free some space.', 'full');
  if (name === 'VersionError')
    return new StoreError(
      'The store was last opened by a newer Inspection Lens. Update the extension to use your saved clips.',
      'unavailable',
    );
  return new StoreError(`The store could not be used (${name ?? String(error)}). Nothing was changed.`, 'unavailable');
}

function parseAll<T>(schema: z.ZodType<T>, values: unknown[]): Listed<T> {
  const rows: T[] = [];
  let invalid = 0;
  for (const v of values) {
    const parsed = schema.safeParse(v);
    if (parsed.success) rows.push(parsed.data);
    else invalid++;
  }
  return { rows, invalid };
}

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

  /** Saves a report; a report already saved keeps its id and gains any new address. */
  async saveReport(report: StoredReport): Promise<StoredReport> {
    const next = ReportSchema.parse(report);
    return this.write(async () => {
      const tx = this.db.transaction('reports', 'readwrite');
      const old = ReportSchema.safeParse(await tx.store.get(next.id));
      const merged = old.success ? { ...next, urls: [...new Set([...old.data.urls, ...next.urls])] } : next;
      await tx.store.put(merged);
      await tx.done;
      return merged;
    });
  }

  async getReport(id: string): Promise<StoredReport | null> {
    const parsed = ReportSchema.safeParse(await this.db.get('reports', id));
    return parsed.success ? parsed.data : null;
  }

  async listReports(): Promise<Listed<StoredReport>> {
    return parseAll(ReportSchema, await this.db.getAll('reports'));
  }

  /** Removes one saved report. Its clips stay (with their quotes) in My clips. */
  async deleteReport(id: string): Promise<void> {
    await this.write(() => this.db.delete('reports', id));
  }

  async saveClip(clip: Clip): Promise<Clip> {
    const next = ClipSchema.parse(clip);
    return this.write(async () => {
      await this.db.put('clips', next);
      return next;
    });
  }

  async deleteClip(id: string): Promise<void> {
    await this.write(() => this.db.delete('clips', id));
  }

  async listClips(): Promise<Listed<Clip>> {
    return parseAll(ClipSchema, await this.db.getAll('clips'));
  }

  async clipsOfReport(reportId: string): Promise<Clip[]> {
    return parseAll(ClipSchema, await this.db.getAllFromIndex('clips', 'byReport', reportId)).rows;
  }

  /** Deletes every report, clip and link decision (after the user confirmed, and ideally made a backup). */
  async clearAll(): Promise<void> {
    await this.write(async () => {
      const tx = this.db.transaction(['reports', 'clips', 'linkDecisions'], 'readwrite');
      const names = ['reports', 'clips', 'linkDecisions'] as const;
      await Promise.all([...names.map((n) => tx.objectStore(n).clear()), tx.done]);
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
