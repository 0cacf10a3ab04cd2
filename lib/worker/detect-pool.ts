// Detection in dedicated workers with a time budget, so no page holds up another page, the
// background's messages or the panel. Each job runs in a worker of its own (idle ones are reused);
// a job over its budget has its worker terminated and ends with a plain message.
import { browser } from 'wxt/browser';
import type { Findings } from '../model/findings';
import { TOO_UNUSUAL } from '../messages/contracts';

/** The budget for a text of `length` characters, in ms: 5 s, and 3 s more per million characters
 * (ordinary report text detects at about 1 s per million characters on a slow machine). */
export function detectBudgetMs(length: number): number {
  return 5000 + (3000 * length) / 1_000_000;
}

/** The budget in ms for a text of `length` characters: `detectBudgetMs` in storage.local when set
 * (the end-to-end tests set a short one to reach the message), else `detectBudgetMs(length)`. */
export async function storedBudgetMs(length: number): Promise<number> {
  const stored = (await browser.storage.local.get('detectBudgetMs')).detectBudgetMs;
  return typeof stored === 'number' && stored > 0 ? stored : detectBudgetMs(length);
}

export interface DetectPool {
  /** Findings of `text`; rejects with Error(TOO_UNUSUAL) when it runs past `budgetMs` (default
   * `detectBudgetMs`), or with the worker's error. */
  detect(text: string, budgetMs?: number): Promise<Findings>;
}

type WorkerReply = { ok: true; findings: Findings } | { ok: false; error: string };

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
        const timer = setTimeout(() => {
          finish(false);
          reject(new Error(TOO_UNUSUAL));
        }, budgetMs);
        worker.onmessage = (event: MessageEvent<WorkerReply>) => {
          finish(true);
          if (event.data.ok) resolve(event.data.findings);
          else reject(new Error(event.data.error));
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
