// Checks a backup file off the panel's thread, in the built /backup-worker.js, so the panel keeps
// answering (and shows progress) while 10 MB of JSON is read and checked.
import { browser } from 'wxt/browser';
import { readBackup } from '../../lib/storage/backup';
import type { Backup } from '../../lib/storage/backup-schema';

type Reply = { ok: true; backup: Backup } | { ok: false; error: string };

/** The checked backup in `file`; rejects with Error(one sentence) when it is refused. Where the
 * page cannot start workers, it is checked here instead (same rules, same messages). */
export async function checkBackupFile(file: Blob): Promise<Backup> {
  if (typeof Worker === 'undefined') return readBackup(await file.text());
  const worker = new Worker(browser.runtime.getURL('/backup-worker.js'));
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<Reply>) => resolve(event.data);
      worker.onerror = (event) => (event.preventDefault(), reject(new Error(`The backup could not be read: ${event.message}`)));
      worker.postMessage(file);
    });
    if (!reply.ok) throw new Error(reply.error);
    return reply.backup;
  } finally {
    worker.terminate();
  }
}
