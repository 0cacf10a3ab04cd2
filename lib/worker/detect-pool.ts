// Detection in dedicated workers with a time budget, so no page holds up another page, the
// background's messages or the panel. Each job runs in a worker of its own (idle ones are reused);
// a job over its budget has its worker terminated and ends with a plain message. The budget is the
// page's: it grows with the text and starts once the worker has the text in hand, so a worker's
// cold start on a busy machine never makes an ordinary page "too unusual".
import { browser } from 'wxt/browser';
import type { Findings } from '../model/findings';
import { TOO_UNUSUAL } from '../messages/contracts';

/** The budget for a text of `length` characters, in ms, counted from the start of its detection:
 * 20 s, and 100 ms more per thousand characters. Ordinary report text detects at about 1 s per
 * million characters on a slow machine and dense papers at about 6 s; a machine ten times busier
 * (a load average of 20 on two cores) still reads a 200 kB paper well inside its 40 s, while a
 * real freeze (work that grows faster than the text) still ends. */
export function detectBudgetMs(length: number): number {
  return 20_000 + (100 * length) / 1000;
}

/** How long a worker may take to start and take the text, in ms: a worker that has not started by
 * then ends the job with an error that is not the page's ("could not start"), never TOO_UNUSUAL. */
export const WORKER_START_MS = 30_000;

/** The budget in ms for a text of `length` characters: `detectBudgetMs` in storage.local when set
 * (the end-to-end tests set a short one to reach the message), else `detectBudgetMs(length)`. */
export async function storedBudgetMs(length: number): Promise<number> {
  const stored = (await browser.storage.local.get('detectBudgetMs')).detectBudgetMs;
  return typeof stored === 'number' && stored > 0 ? stored : detectBudgetMs(length);
}

export interface DetectPool {
  /** Findings of `text`; rejects with Error(TOO_UNUSUAL) when its detection runs past `budgetMs`
   * (default `detectBudgetMs`) after the worker started it, or with the worker's error. */
  detect(text: string, budgetMs?: number): Promise<Findings>;
}

/** The worker's replies: `started` when it has the text and begins detecting, then the result. */
type WorkerReply = { started: true } | { ok: true; findings: Findings; ms?: number } | { ok: false; error: string };

const MAX_IDLE = 2;

/** A pool of workers started from `workerUrl` (the built `detect-worker.js`). */
export function createDetectPool(workerUrl: string): DetectPool {
  const idle: Worker[] = [];
  return {
    detect(text, budgetMs = detectBudgetMs(text.length)) {
      const worker = idle.pop() ?? new Worker(workerUrl);
      return new Promise<Findings>((resolve, reject) => {
        const finish = (reuse: boolean) => {
          clearTimeout(timer);
          worker.onmessage = worker.onerror = null;
          if (reuse && idle.length < MAX_IDLE) idle.push(worker);
          else worker.terminate();
        };
        const stop = (message: string) => () => {
          finish(false);
          reject(new Error(message));
        };
        let timer = setTimeout(stop('Inspection Lens could not start its reader for this text.'), WORKER_START_MS);
        worker.onmessage = (event: MessageEvent<WorkerReply>) => {
          const reply = event.data;
          if ('started' in reply) {
            clearTimeout(timer);
            timer = setTimeout(stop(TOO_UNUSUAL), budgetMs);
            return;
          }
          finish(true);
          // The worker's own measure of the detection: over the budget is over, however the replies queued.
          if (reply.ok && (reply.ms ?? 0) > budgetMs) reject(new Error(TOO_UNUSUAL));
          else if (reply.ok) resolve(reply.findings);
          else reject(new Error(reply.error));
        };
        worker.onerror = (event) => {
          event.preventDefault();
          finish(false);
          reject(new Error(`Inspection Lens could not read this text: ${event.message || 'the reader stopped'}`));
        };
        worker.postMessage(text);
      });
    },
  };
}
