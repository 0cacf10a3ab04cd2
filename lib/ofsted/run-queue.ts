// Runs the fetch queue one file at a time: polite pacing, a time limit per request, retries with
// back-off on network errors and 5xx answers, and one clear line per file. Everything it touches
// (storage, network, the store, the clock) comes in as `deps`, so tests drive it with fakes and the
// background with the real thing.
import { backoffDelay, nextItem, resumeState, settle, waitBeforeNext, type QueueItem, type QueueState } from './queue';

export interface QueueSettings {
  /** least time between two requests to Ofsted's site */
  pacingMs: number;
  /** time limit for one request, answer and body */
  timeoutMs: number;
  /** first back-off before a retry; doubles each time */
  retryBaseMs: number;
  /** tries per file, the first included */
  tries: number;
}

export const DEFAULT_SETTINGS: QueueSettings = { pacingMs: 2000, timeoutMs: 30_000, retryBaseMs: 2000, tries: 3 };

export interface QueueDeps {
  /** applies `change` to the stored state (serialised) and returns the new state */
  update(change: (state: QueueState) => QueueState): Promise<QueueState>;
  fetch(url: string, signal: AbortSignal): Promise<Response>;
  /** reads the bytes as a report and stores it whole; says "saved" or "skipped" (same file already stored) */
  store(bytes: Uint8Array, item: QueueItem): Promise<{ status: 'saved' | 'skipped'; message: string }>;
  /** true when a stored report already has this address (then nothing is fetched) */
  knownAddress(url: string): Promise<boolean>;
  sleep(ms: number): Promise<void>;
  now(): number;
}

/** A failed download: `retry` when trying again later may work (network, 5xx, broken off). */
export class DownloadError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** Checks a finished answer is a whole PDF: the %PDF- header near the start, %%EOF near the end. */
export function checkPdfBytes(bytes: Uint8Array, contentType: string): Uint8Array {
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) {
    const page = /html/i.test(contentType) || /^\s*</.test(latin1(bytes.subarray(0, 200)));
    throw new DownloadError(page ? 'not a PDF: Ofsted’s site sent a web page instead' : 'not a PDF', false);
  }
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF'))
    throw new DownloadError('the PDF arrived incomplete (cut off before its end)', true);
  return bytes;
}

/** One request with a time limit. 404 and other 4xx are final; 5xx, 429 and network failures are not. */
export async function download(deps: QueueDeps, url: string, timeoutMs: number, cancel: AbortSignal): Promise<Uint8Array> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
  const onCancel = () => controller.abort();
  cancel.addEventListener('abort', onCancel);
  const host = new URL(url).host;
  const failed = (what: string) =>
    cancel.aborted
      ? new DownloadError('cancelled', false)
      : new DownloadError(timedOut ? `no answer from ${host} (timed out)` : what, true);
  try {
    const response = await deps.fetch(url, controller.signal).catch(() => {
      throw failed(`could not reach ${host} (network error)`);
    });
    if (response.status === 404 || response.status === 410)
      throw new DownloadError(`not found on Ofsted’s site (${response.status})`, false);
    if (response.status >= 500 || response.status === 429)
      throw new DownloadError(`Ofsted’s site answered ${response.status} (a server problem)`, true);
    if (!response.ok) throw new DownloadError(`Ofsted’s site answered ${response.status}`, false);
    const bytes = await response.arrayBuffer().catch(() => {
      throw failed('the download broke off');
    });
    return checkPdfBytes(new Uint8Array(bytes), response.headers.get('content-type') ?? '');
  } finally {
    clearTimeout(timer);
    cancel.removeEventListener('abort', onCancel);
  }
}

/** Downloads with pacing and retries; each try waits its turn so requests stay `pacingMs` apart. */
async function downloadWithRetries(deps: QueueDeps, item: QueueItem, s: QueueSettings, cancel: AbortSignal) {
  for (let attempt = 1; ; attempt++) {
    const state = await deps.update((q) => q);
    await deps.sleep(waitBeforeNext(state, deps.now(), s.pacingMs));
    await deps.update((q) => ({ ...q, lastRequestAt: deps.now() }));
    try {
      return await download(deps, item.fileUrl, s.timeoutMs, cancel);
    } catch (error) {
      const e = error instanceof DownloadError ? error : new DownloadError(String(error), false);
      if (!e.retry || attempt >= s.tries || cancel.aborted)
        throw new DownloadError(attempt > 1 ? `${e.message}, after ${attempt} tries` : e.message, false);
      await deps.update((q) => settle(q, item.fileUrl, 'fetching', `${e.message}; trying again (${attempt + 1} of ${s.tries})`));
      await deps.sleep(backoffDelay(attempt, s.retryBaseMs));
    }
  }
}

const stillFetching = (q: QueueState, url: string) => q.items.some((i) => i.fileUrl === url && i.status === 'fetching');

/** Reads one file into the store and settles its item (unless it was cancelled meanwhile). */
export async function processItem(deps: QueueDeps, item: QueueItem, s: QueueSettings, cancel: AbortSignal): Promise<void> {
  await deps.update((q) => settle(q, item.fileUrl, 'fetching', 'reading'));
  let outcome: { status: 'saved' | 'skipped' | 'failed'; message: string };
  try {
    if (await deps.knownAddress(item.fileUrl)) outcome = { status: 'skipped', message: 'already saved' };
    else outcome = await deps.store(await downloadWithRetries(deps, item, s, cancel), item);
  } catch (error) {
    outcome = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  // A report stored whole says so even when Cancel came while it was being read; a file cancelled
  // before it was stored stays cancelled.
  const stored = outcome.status !== 'failed';
  await deps.update((q) =>
    stored || stillFetching(q, item.fileUrl) ? settle(q, item.fileUrl, outcome.status, outcome.message) : q,
  );
}

/** Runs until nothing waits. Call once at start-up (it resumes a stored queue) and after each enqueue. */
export async function runQueue(
  deps: QueueDeps,
  settings: () => Promise<QueueSettings>,
  cancel: () => AbortSignal,
): Promise<void> {
  let state = await deps.update(resumeState);
  for (let item = nextItem(state); item; item = nextItem(state)) {
    await processItem(deps, item, await settings(), cancel());
    state = await deps.update((q) => q);
  }
}
