// Checks a backup file off the panel's thread, in the built /backup-worker.js, so the panel keeps
// answering (and shows progress) while 10 MB of JSON is read and checked. The checked backup comes
// back in parts, so copying it into the panel never holds the panel for long either.
import { browser } from 'wxt/browser';
import { readBackup, type CheckedBackup } from '../../lib/storage/backup';
import { backupJoiner, type BackupPart } from '../../lib/storage/backup-parts';

type Reply = { ok: true; part: BackupPart } | { ok: false; error: string };

/** The checked backup in `file`; rejects with Error(one sentence) when it is refused. Where the
 * page cannot start workers, it is checked here instead (same rules, same messages). */
export async function checkBackupFile(file: Blob): Promise<CheckedBackup> {
  if (typeof Worker === 'undefined') return readBackup(await file.text());
  const worker = new Worker(browser.runtime.getURL('/backup-worker.js'));
  try {
    const joined = backupJoiner();
    return await new Promise<CheckedBackup>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<Reply>) => {
        const reply = event.data;
        if (!reply.ok) return reject(new Error(reply.error));
        const backup = joined.add(reply.part);
        if (backup) resolve(backup);
      };
      worker.onerror = (event) => (event.preventDefault(), reject(new Error(`The backup could not be read: ${event.message}`)));
      worker.postMessage(file);
    });
  } finally {
    worker.terminate();
  }
}
