// Back up, restore from a backup file and delete everything, with the message each leaves for the user.
import { useState } from 'preact/hooks';
import { exportBackup, importBackup } from '../../lib/storage/backup';
import { checkBackupFile } from './check-backup-file';
import { describeBackup, describeRestore, downloadText } from './panel-actions';
import type { StoreView } from './use-store';

/** `reloadDrafts` reads the unsaved clip edits a restore added, so My clips shows them at once. */
export function useBackupActions({ write }: StoreView, refresh: () => void, reloadDrafts: () => Promise<void>) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const restore = async (file: File) => {
    try {
      setMessage({ text: `Checking the backup (${(file.size / 1e6).toFixed(1)} MB)…`, error: false });
      const backup = await checkBackupFile(file);
      const written = (done: number, total: number) => {
        setProgress({ done, total });
        setMessage({ text: `Restoring: ${done} of ${total} rows written…`, error: false });
      };
      const result = await write((s) => importBackup(s, backup, written));
      // Before the message says they were added, so My clips never shows the note without them.
      // A failed read loses nothing: the drafts are stored, and My clips shows them when next opened.
      if (result.draftsAdded) await reloadDrafts().catch(() => {});
      setMessage({ text: describeRestore(result, backup.leftOut), error: false });
      refresh();
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setProgress(null);
    }
  };
  const backUp = async () => {
    try {
      const b = await write((s) => exportBackup(s));
      const name = `inspection-lens-backup-${b.exportedAt}.json`;
      downloadText(name, 'application/json', JSON.stringify(b));
      setMessage({ text: describeBackup(name, b), error: false });
    } catch (error) {
      setMessage({
        text: `The backup could not be made: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    }
  };
  const wipe = async () => {
    if (!confirm('Delete every saved report, clip and link decision? Make a backup first if you may want them back.')) return;
    await write((s) => s.clearAll());
    setMessage({ text: 'Every saved report and clip was deleted.', error: false });
  };
  return { message, progress, restore, wipe, backUp };
}
