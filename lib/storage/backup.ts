// Full JSON backup and restore. A backup holds every stored row: those that parse as reports, clips
// drafts and link decisions, and every other row exactly as stored. A file that is corrupt, foreign, from a newer
// version, or breaks the restore rules is refused with a clear message before anything is written.
import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFileSchema, type Backup, type UnreadableRow } from './backup-schema';
import { checkRows, type LeftOutRow } from './backup-rows';
import { isSameOrNewer, laterDecision, mergeReports, oneRowPerId, readRow, ROW_STORES, type RowStore } from './rows';
import type { Clip, ClipDraft, LinkDecision, StoredReport } from '../model/store-schemas';
import { StoreError, type LensStore } from './store';

export { importBackup, type ImportResult } from './backup-import';
export type { LeftOutRow } from './backup-rows';

const MAX_BACKUP_CHARS = 200_000_000;
const today = () => new Date().toISOString().slice(0, 10);
const isRowStore = (name: string): name is RowStore => (ROW_STORES as readonly string[]).includes(name);

/** Every row of every object store, read in one transaction: rows that parse by kind, the rest raw. */
export async function exportBackup(store: LensStore): Promise<Backup> {
  const names = [...store.db.objectStoreNames];
  const tx = store.db.transaction(names);
  const read = await Promise.all(names.map((n) => Promise.all([tx.objectStore(n).getAllKeys(), tx.objectStore(n).getAll()])));
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: today(),
    reports: [],
    clips: [],
    drafts: [],
    linkDecisions: [],
    unreadable: [],
  };
  names.forEach((name, i) => {
    const [keys, values] = read[i]!;
    values.forEach((value, j) => {
      const row = isRowStore(name) ? readRow(name, value) : null;
      if (row) (backup[name as RowStore] as unknown[]).push(row);
      else backup.unreadable.push({ store: name, key: keys[j] as UnreadableRow['key'], row: value });
    });
  });
  return backup;
}

const fail = (what: string) => new StoreError(`This backup is damaged (${what}). Nothing was imported.`, 'invalid');

function restoreOrFail<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw fail(`${[where, ...issue.path].filter((p) => p !== '').join('.') || 'top level'}: ${issue.message}`);
}

/** A checked backup: the rows that meet the restore rules, and the rows left out (in words). */
export type CheckedBackup = Backup & { leftOut: LeftOutRow[] };

// An unread row that reads now (for example after the repair of too many addresses) is restored as a
// row of its kind, under the same rules; the others stay as they are. Each list's rows are then
// checked one by one: a row breaking the rules is left out and named, and the good rows restore.
function sortRows(file: z.infer<typeof BackupFileSchema>): CheckedBackup {
  const unreadable: UnreadableRow[] = [];
  const lists: Record<RowStore, unknown[]> = {
    reports: [...file.reports],
    clips: [...file.clips],
    drafts: [...file.drafts],
    linkDecisions: [...file.linkDecisions],
  };
  for (const u of file.unreadable) {
    const row = isRowStore(u.store) ? readRow(u.store, u.row) : null;
    if (row) lists[u.store as RowStore].push(row);
    else unreadable.push(u);
  }
  const leftOut: LeftOutRow[] = [];
  const check = <T>(list: RowStore): T[] => {
    const checked = checkRows<T>(list, lists[list]);
    leftOut.push(...checked.leftOut);
    return checked.rows;
  };
  return {
    format: file.format,
    version: file.version,
    exportedAt: file.exportedAt,
    reports: check('reports'),
    clips: check('clips'),
    drafts: check('drafts'),
    linkDecisions: check('linkDecisions'),
    unreadable,
    leftOut,
  };
}

/** Checks a backup file's text; throws StoreError('invalid') with one sentence saying what is wrong
 * with a file that is not a backup at all (not JSON, another format, a newer version, lists that are
 * not lists). A row breaking the restore rules is left out and named in `leftOut`; the rest restore.
 * Rows repeated under one id are merged (clips: the newest edit; reports: addresses joined). */
export function readBackup(text: string): CheckedBackup {
  if (text.length > MAX_BACKUP_CHARS) throw new StoreError('This file is too large to be an Inspection Lens backup.', 'invalid');
  // What to do next, after each refusal of the whole file: nothing is written before it is checked.
  const choose = 'Choose the .json file that “Back up everything” saved; nothing stored here was changed.';
  if (!/\S/.test(text)) throw new StoreError(`This file is empty, so there is nothing to restore. ${choose}`, 'invalid');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StoreError(`This file is not an Inspection Lens backup, or it was cut short. ${choose}`, 'invalid');
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT)
    throw new StoreError('This file is not an Inspection Lens backup.', 'invalid');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
    throw new StoreError(
      'This backup was made by a newer version of Inspection Lens. Update the extension, then try again.',
      'invalid',
    );
  const backup = sortRows(restoreOrFail(BackupFileSchema, json, ''));
  return {
    ...backup,
    reports: oneRowPerId<StoredReport>(backup.reports, mergeReports),
    clips: oneRowPerId<Clip>(backup.clips, (a, b) => (isSameOrNewer(a, b) ? a : b)),
    drafts: [...new Map(backup.drafts.map((d: ClipDraft) => [d.clipId, d])).values()],
    linkDecisions: oneRowPerId<LinkDecision>(backup.linkDecisions, laterDecision),
  };
}
