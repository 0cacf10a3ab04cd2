// The panel's first work, done before its own script is read: the store is opened and its clips
// counted by the database (in the browser's own process) while the panel's 500 kB of script are
// parsed and run, so "My clips (N)" can show with the panel's first render. Imports only the
// database's opening (idb, 4 kB): no schema, no view.
import type { IDBPDatabase } from 'idb';
import { openLensDb, type LensDB } from '../../lib/storage/db';

let opening: Promise<IDBPDatabase<LensDB>> | null = null;
let counting: Promise<number> | null = null;
let counted: number | null = null;

/** The store's database, opened (and upgraded) once per panel. */
export function openDbEarly(): Promise<IDBPDatabase<LensDB>> {
  return (opening ??= openLensDb());
}

/** How many clip rows are stored, counted once as the panel opens (see LensStore.countClips). */
export function countClipsEarly(): Promise<number> {
  return (counting ??= openDbEarly()
    .then((db) => db.count('clips'))
    .then((n) => (counted = n)));
}

/** The early count if it has already come back, else null: the panel's first render shows it. */
export const clipCountSoFar = (): number | null => counted;
