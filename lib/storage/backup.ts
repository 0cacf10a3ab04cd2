// Full JSON backup and restore. A file that is corrupt, foreign or from a newer version is refused
// with a clear message before anything is written; a good one merges in one transaction.
import { listLinkDecisions } from './link-decisions';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type Backup, type Clip, type StoredReport } from './schemas';
import { LensStore, StoreError } from './store';

const MAX_BACKUP_CHARS = 200_000_000;
const today = () => new Date().toISOString().slice(0, 10);

/** Everything in the store as one backup object (version 2: reports, clips and link decisions). */
export async function exportBackup(store: LensStore): Promise<Backup> {
  const [reports, clips, decisions] = await Promise.all([store.listReports(), store.listClips(), listLinkDecisions(store)]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: today(),
    reports: reports.rows,
    clips: clips.rows,
    linkDecisions: decisions.rows,
  };
}

/** Checks a backup file's text; throws StoreError('invalid') with one sentence saying what is wrong. */
export function readBackup(text: string): Backup {
  if (text.length > MAX_BACKUP_CHARS) throw new StoreError('This file is too large to be an Inspection Lens backup.', 'invalid');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StoreError('This file is not a backup: it is not valid JSON (it may be cut short).', 'invalid');
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT)
    throw new StoreError('This file is not an Inspection Lens backup.', 'invalid');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
    throw new StoreError(
      'This backup was made by a newer version of Inspection Lens. Update the extension, then try again.',
      'invalid',
    );
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StoreError(
      `This backup is damaged (${issue.path.join('.') || 'top level'}: ${issue.message}). Nothing was imported.`,
      'invalid',
    );
  }
  return parsed.data;
}

export interface ImportResult {
  reportsAdded: number;
  clipsAdded: number;
  clipsUpdated: number;
  decisionsRestored: number;
}

const newer = (a: Clip, b: Clip) => a.updatedAt >= b.updatedAt;

/** Merges a checked backup: reports by id (addresses joined), clips by id (the later edit wins),
 * link decisions by id (the later decision wins). One transaction: all of it lands, or none. Reads what exists once, then queues every write. */
export async function importBackup(store: LensStore, backup: Backup): Promise<ImportResult> {
  return store.write(async () => {
    const tx = store.db.transaction(['reports', 'clips', 'linkDecisions'], 'readwrite');
    const reports = tx.objectStore('reports');
    const clips = tx.objectStore('clips');
    const decisions = tx.objectStore('linkDecisions');
    const oldDecisions = new Map((await decisions.getAll()).map((d) => [d.id, d.decidedAt]));
    const oldReports = new Map((await reports.getAll()).map((r) => [r.id, r as StoredReport]));
    const oldClips = new Map((await clips.getAll()).map((c) => [c.id, c as Clip]));
    const result: ImportResult = { reportsAdded: 0, clipsAdded: 0, clipsUpdated: 0, decisionsRestored: 0 };
    const writes: Array<Promise<unknown>> = [];
    for (const report of backup.reports) {
      const old = oldReports.get(report.id);
      if (!old) result.reportsAdded++;
      writes.push(reports.put(old ? { ...old, urls: [...new Set([...old.urls, ...report.urls])] } : report));
    }
    for (const clip of backup.clips) {
      const old = oldClips.get(clip.id);
      if (old && newer(old, clip)) continue;
      if (old) result.clipsUpdated++;
      else result.clipsAdded++;
      writes.push(clips.put(clip));
    }
    for (const decision of backup.linkDecisions) {
      if ((oldDecisions.get(decision.id) ?? '') > decision.decidedAt) continue;
      result.decisionsRestored++;
      writes.push(decisions.put(decision));
    }
    await Promise.all([...writes, tx.done]);
    return result;
  });
}
