// The panel's first work, done before its own script is read: the store is opened and its clips
// counted by the database (in the browser's own process) while the panel's 500 kB of script are
// parsed and run, so "My clips (N)" can show with the panel's first render, and the newest clips
// are asked for in the same way. Imports only the
// database's opening (idb, 4 kB): no schema, no view.
import { unwrap, type IDBPDatabase } from 'idb';
import { openLensDb, type LensDB } from '../../lib/storage/db';

/** How many of the newest clips are read before the rest: My clips' first screen and its next. */
export const FIRST_CLIPS = 24;

let opening: Promise<IDBPDatabase<LensDB>> | null = null;
let counting: Promise<number> | null = null;
let counted: number | null = null;

/** The store's database, opened (and upgraded) once per panel. */
export function openDbEarly(): Promise<IDBPDatabase<LensDB>> {
  return (opening ??= openLensDb().then((db) => (performance.mark('inspection-lens:store-opened'), db)));
}

/** How many clip rows are stored, counted once as the panel opens (see LensStore.countClips). */
export function countClipsEarly(): Promise<number> {
  return (counting ??= openDbEarly()
    .then((db) => db.count('clips'))
    .then((n) => (performance.mark('inspection-lens:store-counted'), (counted = n))));
}

/** The early count if it has already come back, else null: the panel's first render shows it. */
export const clipCountSoFar = (): number | null => counted;

// IDBIndex.getAllRecords (Chromium 141 and later): rows in either direction, in one request.
type RecordsIndex = IDBIndex & {
  getAllRecords?: (options: { direction: IDBCursorDirection; count: number }) => IDBRequest<Array<{ value: unknown }>>;
};

let newest: Promise<unknown[] | null> | null = null;

/** The newest FIRST_CLIPS clip rows as stored (not yet checked against their schema), newest first by
 * the createdAt index (then id), read in one request, so the database answers while the panel's
 * script is read; null where the browser cannot (the panel then reads them by cursor, a request
 * a row, each waiting for the panel's thread). */
export function newestClipRowsEarly(): Promise<unknown[] | null> {
  return (newest ??= openDbEarly().then((db) => {
    const index: RecordsIndex = unwrap(db).transaction('clips').objectStore('clips').index('byCreatedAt');
    if (typeof index.getAllRecords !== 'function') return null;
    const request = index.getAllRecords({ direction: 'prev', count: FIRST_CLIPS });
    return new Promise<unknown[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result.map((r) => r.value));
      request.onerror = () => reject(request.error ?? new Error('The newest clips could not be read.'));
    });
  }));
}
