// Restore from a backup file and delete everything, with the message each leaves for the user.
import { useState } from 'preact/hooks';
import { importBackup, readBackup } from '../../lib/storage/backup';
import type { StoreView } from './use-store';

export function useBackupActions({ write }: StoreView, refresh: () => void) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const restore = async (file: File) => {
    try {
      const backup = readBackup(await file.text());
      const r = await write((s) => importBackup(s, backup));
      setMessage({
        text:
          `Restored: ${r.reportsAdded} reports and ${r.clipsAdded} clips added, ${r.clipsUpdated} clips updated.` +
          (r.decisionsRestored ? ` ${r.decisionsRestored} link decisions restored.` : ''),
        error: false,
      });
      refresh();
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  const wipe = async () => {
    if (!confirm('Delete every saved report, clip and link decision? Make a backup first if you may want them back.')) return;
    await write((s) => s.clearAll());
    setMessage({ text: 'Every saved report and clip was deleted.', error: false });
  };
  return { message, restore, wipe };
}
