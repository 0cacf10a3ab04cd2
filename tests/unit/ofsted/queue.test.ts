// The fetch queue: its state functions, and the runner driven by a fake site, store and clock.
import { describe, expect, it } from 'vitest';
import {
  cancelAll,
  EMPTY_QUEUE,
  enqueue,
  progressOf,
  resumeState,
  waitBeforeNext,
  backoffDelay,
  queueItemTitle,
  type QueueState,
} from '../../../lib/ofsted/queue';
import { checkPdfBytes, DownloadError, runQueue, type QueueDeps, type QueueSettings } from '../../../lib/ofsted/run-queue';

const file = (id: string) => `https://files.ofsted.gov.uk/v1/file/${id}`;
const item = (id: string) => ({ fileUrl: file(id), kind: 'inspection' as const, date: '2020-01-01', authority: 'Dudley' });
const PDF = (body = 'x') => new TextEncoder().encode(`%PDF-1.7\n${body}\n%%EOF\n`);
const SETTINGS: QueueSettings = { pacingMs: 1000, timeoutMs: 5000, retryBaseMs: 500, tries: 3 };

type Answer = () => Promise<Response>;
const pdfAnswer =
  (body?: string): Answer =>
  async () =>
    new Response(PDF(body), { headers: { 'content-type': 'application/pdf' } });

/** A fake site (answers per file, in turn), store (by fingerprint = body) and clock. */
function harness(answers: Record<string, Answer[]>) {
  let state: QueueState = EMPTY_QUEUE;
  let clock = 0;
  const requests: Array<{ url: string; at: number }> = [];
  const stored = new Map<string, string[]>();
  const deps: QueueDeps = {
    update: async (change) => (state = change(state)),
    fetch: (url, signal) => {
      requests.push({ url, at: clock });
      const answer = answers[url.split('/').pop()!]!;
      const next = answer.length > 1 ? answer.shift()! : answer[0]!;
      return Promise.race([
        next(),
        new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
      ]);
    },
    store: async (bytes, it) => {
      const key = new TextDecoder().decode(bytes);
      const known = stored.get(key);
      if (known) return (known.push(it.fileUrl), { status: 'skipped', message: 'already saved' });
      stored.set(key, [it.fileUrl]);
      return { status: 'saved', message: 'Dudley, 5 judgements' };
    },
    knownAddress: async (url) => [...stored.values()].some((urls) => urls.includes(url)),
    sleep: async (ms) => void (clock += ms),
    now: () => clock,
  };
  return {
    deps,
    requests,
    stored,
    get state() {
      return state;
    },
    set state(s) {
      state = s;
    },
  };
}

const run = (h: ReturnType<typeof harness>, signal = new AbortController().signal, s = SETTINGS) =>
  runQueue(
    h.deps,
    async () => s,
    () => signal,
  );

describe('queue state', () => {
  it('adds files once, keeps an unfinished run and drops a finished one', () => {
    let q = enqueue(EMPTY_QUEUE, [item('1'), item('2'), item('1')]);
    expect(q.items.map((i) => i.fileUrl)).toEqual([file('1'), file('2')]);
    q = enqueue(q, [item('2'), item('3')]);
    expect(q.items).toHaveLength(3);
    q = cancelAll(q);
    expect(progressOf(q)).toEqual({ done: 3, total: 3, running: false });
    expect(enqueue(q, [item('4')]).items.map((i) => i.fileUrl)).toEqual([file('4')]);
  });

  it('puts a file that was being read back to waiting after a restart', () => {
    const q = {
      ...enqueue(EMPTY_QUEUE, [item('1')]),
      items: [{ ...item('1'), status: 'fetching' as const, message: 'reading' }],
    };
    expect(resumeState(q).items[0]!.status).toBe('waiting');
  });

  it('paces requests and backs off exponentially', () => {
    expect(waitBeforeNext({ items: [], lastRequestAt: 10_000 }, 10_400, 1000)).toBe(600);
    expect(waitBeforeNext({ items: [], lastRequestAt: 10_000 }, 12_000, 1000)).toBe(0);
    expect(waitBeforeNext({ items: [], lastRequestAt: 99_999_999 }, 0, 1000)).toBe(1000); // clock went back
    expect([1, 2, 3, 10].map((a) => backoffDelay(a, 500))).toEqual([500, 1000, 2000, 60_000]);
  });

  it('accepts a whole PDF only', () => {
    expect(() => checkPdfBytes(new TextEncoder().encode('<!doctype html><p>Sign in'), 'text/html')).toThrow(/sent a web page/);
    expect(() => checkPdfBytes(PDF().subarray(0, 12), 'application/pdf')).toThrow(/incomplete/);
    expect(checkPdfBytes(PDF(), 'application/pdf')).toHaveLength(PDF().length);
  });
});

describe('running the queue', () => {
  it('reads one file at a time, at least the pacing apart, with a line for each outcome', async () => {
    const h = harness({
      ok: [pdfAnswer('a')],
      flaky: [async () => new Response('', { status: 500 }), pdfAnswer('b')],
      copy: [pdfAnswer('a')],
      gone: [async () => new Response('', { status: 404 })],
      page: [async () => new Response('<html><p>Sign in', { headers: { 'content-type': 'text/html' } })],
      cut: [async () => new Response(PDF('c').subarray(0, 12))],
      down: [() => Promise.reject(new TypeError('Failed to fetch'))],
    });
    h.state = enqueue(EMPTY_QUEUE, ['ok', 'flaky', 'copy', 'gone', 'page', 'cut', 'down'].map(item));
    await run(h);
    expect(h.state.items.map((i) => `${i.status}: ${i.message}`)).toEqual([
      'saved: Dudley, 5 judgements',
      'saved: Dudley, 5 judgements',
      'skipped: already saved',
      'failed: not found on Ofsted’s site (404)',
      'failed: not a PDF: Ofsted’s site sent a web page instead',
      'failed: the PDF arrived incomplete (cut off before its end), after 3 tries',
      'failed: could not reach files.ofsted.gov.uk (network error), after 3 tries',
    ]);
    const gaps = h.requests.slice(1).map((r, i) => r.at - h.requests[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(SETTINGS.pacingMs);
    expect(h.requests.filter((r) => r.url === file('flaky'))).toHaveLength(2);
    expect(h.stored.size).toBe(2);
  });

  it('gives up on a file that never answers, within the time limit, and goes on', async () => {
    const h = harness({ slow: [() => new Promise<Response>(() => {})], ok: [pdfAnswer()] });
    h.state = enqueue(EMPTY_QUEUE, [item('slow'), item('ok')]);
    await run(h, undefined, { ...SETTINGS, timeoutMs: 20, tries: 2 });
    expect(h.state.items.map((i) => i.message)).toEqual([
      'no answer from files.ofsted.gov.uk (timed out), after 2 tries',
      'Dudley, 5 judgements',
    ]);
  });

  it('resumes a stored queue after a restart without fetching again what was stored', async () => {
    const h = harness({ a: [pdfAnswer('a')], b: [pdfAnswer('b')] });
    h.state = enqueue(EMPTY_QUEUE, [item('a'), item('b')]);
    await h.deps.store(PDF('a'), { ...item('a'), status: 'fetching', message: '' }); // stored, then the browser closed
    h.state = { ...h.state, items: h.state.items.map((i, n) => (n === 0 ? { ...i, status: 'fetching' } : i)) };
    await run(h);
    expect(h.state.items.map((i) => i.status)).toEqual(['skipped', 'saved']);
    expect(h.requests.map((r) => r.url)).toEqual([file('b')]);
    expect(h.stored.size).toBe(2);
  });

  it('cuts a download short at Cancel and says so', async () => {
    const cancel = new AbortController();
    const h = harness({ slow: [() => new Promise<Response>(() => {})], b: [pdfAnswer('b')] });
    h.state = enqueue(EMPTY_QUEUE, [item('slow'), item('b')]);
    const running = run(h, cancel.signal);
    await new Promise((resolve) => setTimeout(resolve, 10));
    h.state = cancelAll(h.state, true);
    cancel.abort();
    await running;
    expect(h.state.items.map((i) => `${i.status}: ${i.message}`)).toEqual(['cancelled: cancelled', 'cancelled: cancelled']);
    expect(h.stored.size).toBe(0);
  });

  it('stops at cancel; a file stored whole as Cancel came says saved, and nothing more is fetched', async () => {
    const cancel = new AbortController();
    const h = harness({ a: [pdfAnswer('a')], b: [pdfAnswer('b')] });
    h.state = enqueue(EMPTY_QUEUE, [item('a'), item('b')]);
    const store = h.deps.store;
    h.deps.store = async (bytes, it) => {
      const out = await store(bytes, it);
      h.state = cancelAll(h.state, true);
      expect(progressOf(h.state).done).toBe(1); // the file being stored is not counted finished yet
      cancel.abort();
      return out;
    };
    await run(h, cancel.signal);
    expect(h.state.items.map((i) => i.status)).toEqual(['saved', 'cancelled']);
    expect(h.requests).toHaveLength(1);
    expect(new DownloadError('x', true).retry).toBe(true);
  });
});

describe('queueItemTitle', () => {
  it('names a fetched report with its publication date as councillors read it', () => {
    expect(queueItemTitle({ authority: 'Dudley', kind: 'inspection', date: '2023-03-09' })).toBe(
      'Dudley: inspection, 9 March 2023 (Ofsted)',
    );
    expect(queueItemTitle({ authority: 'Dudley', kind: 'focused visit', date: null })).toBe('Dudley: focused visit (Ofsted)');
  });
});
