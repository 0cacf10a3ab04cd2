// A checked backup sent from the worker that checked it to the panel in parts: one message of 10 MB
// is copied into the panel in one go and freezes it for seconds; parts are copied one at a time,
// with the panel free to paint and answer keys between them.
import type { CheckedBackup as Backup } from './backup';

/** One message: some of the reports or clips, in order, or (last) everything else. */
export type BackupPart =
  { list: 'reports'; rows: Backup['reports'] } | { list: 'clips'; rows: Backup['clips'] } | { list: 'rest'; backup: Backup };

// Reports are far larger than clips: about as many bytes in a part of either.
const PART_ROWS = { reports: 50, clips: 500 } as const;

/** The parts of `backup`, in the order to send them: reports, clips, then the rest (with both lists empty). */
export function splitBackup(backup: Backup): BackupPart[] {
  const parts: BackupPart[] = [];
  for (let i = 0; i < backup.reports.length; i += PART_ROWS.reports)
    parts.push({ list: 'reports', rows: backup.reports.slice(i, i + PART_ROWS.reports) });
  for (let i = 0; i < backup.clips.length; i += PART_ROWS.clips)
    parts.push({ list: 'clips', rows: backup.clips.slice(i, i + PART_ROWS.clips) });
  parts.push({ list: 'rest', backup: { ...backup, reports: [], clips: [] } });
  return parts;
}

/** Collects parts as they arrive; `add` returns the whole backup once the last part is added, else null. */
export function backupJoiner(): { add: (part: BackupPart) => Backup | null } {
  const reports: Backup['reports'] = [];
  const clips: Backup['clips'] = [];
  return {
    add(part) {
      if (part.list === 'reports') for (const r of part.rows) reports.push(r);
      else if (part.list === 'clips') for (const c of part.rows) clips.push(c);
      else return { ...part.backup, reports, clips };
      return null;
    },
  };
}
