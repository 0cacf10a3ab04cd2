// Checks a backup file in a dedicated worker (built as /backup-worker.js): reading and checking
// 10 MB of JSON against the restore rules takes seconds, which would freeze the side panel.
// File in; the checked backup in parts (see backup-parts), or the one sentence saying what is wrong
// with it, out.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readBackup } from '../lib/storage/backup';
import { splitBackup } from '../lib/storage/backup-parts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
  postMessage(message: unknown): void;
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  scope.onmessage = async (event) => {
    try {
      const parts = splitBackup(readBackup(await event.data.text()));
      for (const part of parts) scope.postMessage({ ok: true, part });
    } catch (error) {
      scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
});
