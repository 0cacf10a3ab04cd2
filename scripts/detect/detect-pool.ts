// A pool of worker threads for the batch `detect`: one file at a time per thread, the next file
// going to whichever thread finishes first, so a long report never holds up the others.
import { Worker } from 'node:worker_threads';
import type { DetectOutput } from './detect-output';

/** A thread's answer for one file: its contract object, or the reason it was refused (one line). */
export type ThreadReply = { ok: true; file: string; output: DetectOutput } | { ok: false; file: string; error: string };
/** A thread's first message, once its reader is loaded. */
export const READY = 'ready';

const THREAD_URL = new URL('./detect-thread.mjs', import.meta.url);

/** Reads and detects every file of `files` on `threads` worker threads (at least 1), calling
 * `onReply` with each file's index and answer as it arrives (in completion order, not input order).
 * Resolves when every file is answered. A thread that dies refuses its file and is replaced;
 * rejects when a thread cannot start at all. */
export async function detectInThreads(
  files: string[],
  threads: number,
  onReply: (index: number, reply: ThreadReply) => void,
): Promise<void> {
  let next = 0;
  const runThread = () =>
    new Promise<void>((resolve, reject) => {
      const start = (): void => {
        const worker = new Worker(THREAD_URL);
        let current = -1;
        let ready = false;
        const feed = () => {
          if (next >= files.length) return void worker.terminate().then(() => resolve());
          current = next++;
          worker.postMessage(files[current]);
        };
        worker.on('message', (message: ThreadReply | typeof READY) => {
          if (message !== READY) onReply(current, message);
          ready = true;
          feed();
        });
        worker.on('error', (error) => {
          // A thread that cannot even load its reader would fail again: stop the run with its reason.
          if (!ready) return reject(new Error(`a reader thread could not start: ${error.message}`));
          onReply(current, { ok: false, file: files[current]!, error: `the reader stopped: ${error.message}` });
          start();
        });
      };
      start();
    });
  const count = Math.max(1, Math.min(threads, files.length));
  await Promise.all(Array.from({ length: count }, runThread));
}
