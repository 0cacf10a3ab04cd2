// Reading many stored rows against their schemas: every row that does not parse is counted,
// never silently dropped, and long lists are read in slices so the page stays responsive.
import type { IDBPDatabase } from 'idb';
import type { LensDB } from './db';
import { readRow, type RowStore } from './rows';

export interface Listed<T> {
  rows: T[];
  /** rows that failed their schema (damaged or from a bad import); kept in the database */
  invalid: number;
}

/** The rows of `values` that parse as rows of `store`, and how many did not. */
export function parseAll<T>(store: RowStore, values: unknown[]): Listed<T> {
  const rows: T[] = [];
  for (const v of values) {
    const row = readRow<T>(store, v);
    if (row) rows.push(row);
  }
  return { rows, invalid: values.length - rows.length };
}

// Checking 10,000 rows against their schema takes a long while: in slices with a pause between
// them, so the page that asked (the side panel) keeps answering keys and painting. A slice ends
// once it has taken SLICE_MS: a fixed 500 rows took 15–225 ms of clips at load average 8–11, and
// 100 reports 35–90 ms (a report is a hundred times a clip), long tasks of the panel.
export const SLICE_MS = 8;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** parseAll in slices of at most SLICE_MS (at least one row each), yielding to the event loop
 * between slices; same result. */
export async function parseInSlices<T>(store: RowStore, values: unknown[]): Promise<Listed<T>> {
  const out: Listed<T> = { rows: [], invalid: 0 };
  for (let i = 0; i < values.length; ) {
    if (i > 0) await pause();
    const start = performance.now();
    do {
      const row = readRow<T>(store, values[i++]);
      if (row) out.rows.push(row);
      else out.invalid++;
    } while (i < values.length && performance.now() - start < SLICE_MS);
  }
  return out;
}

/** Every row of one store, read `page` rows at a time in key order (each page a read of its own, so
 * no one read of 10 MB holds the page while it is copied in) and checked with parseInSlices. Rows
 * written meanwhile may be missed: every write is announced, and the reader reads again. */
export async function listInPages<T>(db: IDBPDatabase<LensDB>, store: RowStore, page: number): Promise<Listed<T>> {
  const out: Listed<T> = { rows: [], invalid: 0 };
  let after: IDBKeyRange | undefined;
  for (;;) {
    const tx = db.transaction(store);
    const [values, keys] = await Promise.all([tx.store.getAll(after, page), tx.store.getAllKeys(after, page)]);
    const part = await parseInSlices<T>(store, values);
    out.rows.push(...part.rows);
    out.invalid += part.invalid;
    if (values.length < page) return out;
    after = IDBKeyRange.lowerBound(keys[keys.length - 1]!, true);
    await pause();
  }
}
