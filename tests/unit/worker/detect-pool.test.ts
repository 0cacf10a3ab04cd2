import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { storage: { local: { get: async () => ({}) } } } }));
const { createDetectPool } = await import('../../../lib/worker/detect-pool');

/** A stand-in for a dedicated worker: answers each text with empty findings, and counts starts. */
class FakeWorker {
  static started = 0;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  received: string[] = [];
  constructor(readonly url: string) {
    FakeWorker.started++;
  }
  postMessage(text: string) {
    this.received.push(text);
    queueMicrotask(() => this.onmessage?.({ data: { ok: true, findings: { text } } }));
  }
  terminate() {}
}

describe('createDetectPool', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.started = 0;
  });

  it('prestart starts one worker, which the next detection uses instead of starting another', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pool = createDetectPool('/detect-worker.js');
    pool.prestart();
    pool.prestart(); // one is idle already: no second worker
    expect(FakeWorker.started).toBe(1);
    const findings = await pool.detect('Overall effectiveness: Good', 1000);
    expect(findings).toEqual({ text: 'Overall effectiveness: Good' });
    expect(FakeWorker.started).toBe(1);
  });

  it('without prestart the first detection starts its worker then', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pool = createDetectPool('/detect-worker.js');
    expect(FakeWorker.started).toBe(0);
    await pool.detect('text', 1000);
    expect(FakeWorker.started).toBe(1);
  });
});
