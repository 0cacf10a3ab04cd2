// The Ofsted history queue in the background: the chosen report files are fetched from
// files.ofsted.gov.uk one at a time, read and stored exactly as "Add reports…" stores them. The
// queue lives in storage.local, so it carries on after the browser or the service worker restarts.
import { findingCounts } from '../../lib/model/count-words';
import { browser } from 'wxt/browser';
import { listen } from '../../lib/messages/messaging';
import { QUEUE_KEY, QUEUE_SETTINGS_KEY, ToOfstedQueue } from '../../lib/messages/ofsted-contracts';
import {
  cancelAll,
  EMPTY_QUEUE,
  enqueue,
  nextItem,
  queueItemTitle,
  type QueueItem,
  type QueueState,
} from '../../lib/ofsted/queue';
import { authorityNameOfUrn } from '../../lib/ofsted/provider-urns';
import { DEFAULT_SETTINGS, runQueue, type QueueDeps, type QueueSettings } from '../../lib/ofsted/run-queue';
import { announceStoreChange } from '../../lib/storage/changes';
import type { Findings } from '../../lib/model/findings';
import { reportFromText } from '../../lib/storage/report-from-text';
import { LensStore } from '../../lib/storage/store';
import { readPdfBytes } from './read-pdf-bytes';

let opened: Promise<LensStore> | null = null;
const store = () => (opened ??= LensStore.open().catch((error) => ((opened = null), Promise.reject(error))));

// Every change to the stored queue goes through this chain, so the runner and a cancel never race.
let chain: Promise<unknown> = Promise.resolve();
function update(change: (state: QueueState) => QueueState): Promise<QueueState> {
  const next = chain.then(async () => {
    const stored = (await browser.storage.local.get(QUEUE_KEY))[QUEUE_KEY] as QueueState | undefined;
    const state = change(stored ?? EMPTY_QUEUE);
    if (state !== stored) await browser.storage.local.set({ [QUEUE_KEY]: state });
    return state;
  });
  chain = next.catch(() => {});
  return next;
}

async function settings(): Promise<QueueSettings> {
  const stored = (await browser.storage.local.get(QUEUE_SETTINGS_KEY))[QUEUE_SETTINGS_KEY] as Partial<QueueSettings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** Reads the bytes and stores the report in one write; a file already stored (same fingerprint) is skipped. */
// The background's worker with a time budget (set by setUpOfstedHistory), as for web pages.
let detectInWorker: ((text: string) => Promise<Findings>) | undefined;

async function storeReport(bytes: Uint8Array, item: QueueItem) {
  const { text, fingerprint } = await readPdfBytes(bytes);
  const report = await reportFromText(text, fingerprint, item.fileUrl, queueItemTitle(item), detectInWorker);
  const s = await store();
  const existing = await s.getReport(report.id);
  await s.saveReport(existing ? { ...existing, urls: [...existing.urls, item.fileUrl] } : report);
  announceStoreChange();
  if (existing) return { status: 'skipped' as const, message: `already saved (same file as “${existing.title}”)` };
  const found = findingCounts(report);
  return { status: 'saved' as const, message: `${report.document.authority ?? 'authority not found'}, ${found}` };
}

async function savedAmong(fileUrls: string[]): Promise<string[]> {
  const { rows } = await (await store()).listReports();
  const known = new Set(rows.flatMap((r) => r.urls));
  return fileUrls.filter((u) => known.has(u));
}

const deps: QueueDeps = {
  update,
  // Only files.ofsted.gov.uk addresses reach the queue (the message schema checks them). No cookies.
  fetch: (url, signal) => fetch(url, { signal, credentials: 'omit', cache: 'no-store', redirect: 'error' }),
  store: storeReport,
  knownAddress: async (url) => (await savedAmong([url])).length > 0,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

let cancelController = new AbortController();
let running: Promise<unknown> | null = null;

/** Starts the runner unless it is already running; it stops by itself when nothing waits. */
function start(): void {
  if (running) return;
  // Any extension call keeps Chrome's service worker awake while the queue runs.
  const keepAwake = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
  running = runQueue(deps, settings, () => cancelController.signal)
    .then(
      // Files added just as the runner finished: run again.
      () => update((q) => q).then((q) => nextItem(q) !== null),
      (error: unknown) => (console.warn('Inspection Lens: the Ofsted queue stopped:', error), false),
    )
    .then((again) => {
      clearInterval(keepAwake);
      running = null;
      if (again) start();
    });
}

/** Answers the panel's and the banner's queue messages; `detect` runs detection off this thread. */
export function setUpOfstedHistory(detect: (text: string) => Promise<Findings>): void {
  detectInWorker = detect;
  listen(ToOfstedQueue, async (message) => {
    if (message.type === 'ofsted/saved') return { saved: await savedAmong(message.fileUrls) };
    if (message.type === 'ofsted/authority') return { name: authorityNameOfUrn(message.urn) };
    if (message.type === 'ofsted/cancel') {
      cancelController.abort();
      cancelController = new AbortController();
      return update((q) => cancelAll(q, running !== null)).then(() => null);
    }
    await update((q) => enqueue(q, message.items));
    start();
    return null;
  });
  // A queue left by a closed browser or a stopped service worker carries on.
  start();
}
