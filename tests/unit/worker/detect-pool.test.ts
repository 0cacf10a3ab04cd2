// The detection budget is the page's, not the machine's: it grows with the text, and it starts once
// a worker has the text in hand, so a worker's cold start (a busy machine, six tabs opening at
// once) never counts against an ordinary page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOO_UNUSUAL } from '../../../lib/messages/contracts';
import type { Findings } from '../../../lib/model/findings';
import { createDetectPool, detectBudgetMs, WORKER_START_MS } from '../../../lib/worker/detect-pool';

const FINDINGS = { judgements: [], recommendations: [] } as unknown as Findings;

/** A worker that takes `startMs` to start and `detectMs` to detect, on fake timers. */
function fakeWorker(startMs: number, detectMs: number, measuredMs?: number) {
  return class {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { preventDefault(): void; message: string }) => void) | null = null;
    postMessage() {
      setTimeout(() => {
        this.onmessage?.({ data: { started: true } });
        setTimeout(() => this.onmessage?.({ data: { ok: true, findings: FINDINGS, ms: measuredMs } }), detectMs);
      }, startMs);
    }
    terminate() {}
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** How the pool's job ends after `ms` of fake time. */
async function outcome(job: Promise<Findings>, ms: number): Promise<string> {
  const ended = job.then(
    () => 'read',
    (e: Error) => e.message,
  );
  await vi.advanceTimersByTimeAsync(ms);
  return Promise.race([ended, Promise.resolve('still reading')]);
}

describe('the detection budget', () => {
  it('leaves an ordinary 200 kB page room on a machine ten times slower than usual', () => {
    // Dense paper text detects at about 6 s per million characters on a slow machine.
    expect(detectBudgetMs(200_000)).toBeGreaterThan(10 * 6 * 0.2 * 1000);
    expect(detectBudgetMs(2_000)).toBeGreaterThanOrEqual(20_000);
  });

  it('still ends a real freeze', () => {
    expect(detectBudgetMs(200_000)).toBeLessThanOrEqual(60_000);
  });

  it('does not count a worker’s slow start against the page', async () => {
    vi.stubGlobal('Worker', fakeWorker(8000, 900));
    const pool = createDetectPool('w.js');
    expect(await outcome(pool.detect('text', 1000), 9000)).toBe('read');
  });

  it('counts the page’s own time from the start of its detection', async () => {
    vi.stubGlobal('Worker', fakeWorker(8000, 5000));
    const pool = createDetectPool('w.js');
    expect(await outcome(pool.detect('text', 1000), 9100)).toBe(TOO_UNUSUAL);
  });

  it('holds a reply that came before the timer to the worker’s own measure of the detection', async () => {
    vi.stubGlobal('Worker', fakeWorker(10, 0, 50));
    const pool = createDetectPool('w.js');
    expect(await outcome(pool.detect('text', 1), 20)).toBe(TOO_UNUSUAL);
  });

  it('a worker that never starts is not the page’s fault', async () => {
    vi.stubGlobal('Worker', fakeWorker(10 * WORKER_START_MS, 0));
    const pool = createDetectPool('w.js');
    const ended = await outcome(pool.detect('text', 1000), WORKER_START_MS + 10);
    expect(ended).not.toBe(TOO_UNUSUAL);
    expect(ended).toMatch(/could not start/);
  });
});
