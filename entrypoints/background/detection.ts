// Detection off the background's own thread. Firefox's background page starts workers itself;
// Chrome's service worker cannot, so there an offscreen document (reason WORKERS) hosts them and
// takes jobs over a port; once it is connected it answers pages' detect/run itself (one hop less)
// and reports how each ended. Either way each job has a time budget and ends, at worst, with TOO_UNUSUAL.
import { browser, type Browser } from 'wxt/browser';
import type { Findings } from '../../lib/model/findings';
import { DETECT_PORT, DetectJobReply, DetectOutcome, KEEP_PDF_WORKER, TOO_UNUSUAL } from '../../lib/messages/contracts';
import { holdPdfWorker } from '../../lib/viewer/pdf-worker-link';
import { createDetectPool, storedBudgetMs, WORKER_START_MS } from '../../lib/worker/detect-pool';

type Port = Browser.runtime.Port;
interface Pending {
  resolve: (findings: Findings) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

type Sender = Browser.runtime.MessageSender;

export interface Detector {
  /** findings of `text`, within the stored time budget */
  detect(text: string): Promise<Findings>;
  /** Does the offscreen document answer pages' detect/run itself just now? (Firefox: never.) */
  answersPages(): boolean;
  /** Keeps pdf.js's shared worker running from now on, where detection's workers live (the viewer
   * asks once it has opened a PDF, so the next opens without the worker's start-up). */
  keepPdfWorker(): void;
}

/** Returns the background's detector; call once, at start-up (it listens for the port).
 * `onPageOutcome` hears how each page's detection answered elsewhere ended. */
export function createDetector(onPageOutcome: (sender: Sender, found: boolean) => void): Detector {
  if (typeof Worker === 'function') {
    const pool = createDetectPool(browser.runtime.getURL('/detect-worker.js'));
    return {
      detect: async (text) => pool.detect(text, await storedBudgetMs(text.length)),
      answersPages: () => false,
      keepPdfWorker: holdPdfWorker,
    };
  }
  return offscreenDetector(onPageOutcome);
}

/** Sends the stored budget to the offscreen document now and whenever it changes. */
function shareBudget(port: Port): void {
  const send = (value: unknown) =>
    port.postMessage({ settings: { budgetMs: typeof value === 'number' && value > 0 ? value : null } });
  void browser.storage.local.get('detectBudgetMs').then((items) => send(items.detectBudgetMs));
  const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && 'detectBudgetMs' in changes) send(changes.detectBudgetMs!.newValue);
  };
  browser.storage.onChanged.addListener(changed);
  port.onDisconnect.addListener(() => browser.storage.onChanged.removeListener(changed));
}

function offscreenDetector(onPageOutcome: (sender: Sender, found: boolean) => void): Detector {
  const pending = new Map<number, Pending>();
  let port: Port | null = null;
  let waiting: ((port: Port) => void)[] = [];
  let nextId = 1;
  browser.runtime.onConnect.addListener((p) => {
    if (p.name !== DETECT_PORT || p.sender?.url !== browser.runtime.getURL('/offscreen.html')) return;
    port = p;
    waiting.forEach((resolve) => resolve(p));
    waiting = [];
    shareBudget(p);
    p.onMessage.addListener((message: unknown) => {
      const ended = DetectOutcome.safeParse(message);
      if (!ended.success) return settle(pending, message);
      const { found, tabId, frameId, url } = ended.data.outcome;
      onPageOutcome({ tab: tabId === undefined ? undefined : ({ id: tabId } as Browser.tabs.Tab), frameId, url }, found);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      for (const [id, job] of pending)
        settle(pending, { id, error: 'Inspection Lens stopped reading this page; try again.' }, job);
    });
  });
  const connected = async (): Promise<Port> => {
    if (port) return port;
    const arrival = new Promise<Port>((resolve) => waiting.push(resolve));
    await browser.offscreen
      .createDocument({
        url: 'offscreen.html',
        reasons: ['WORKERS'],
        justification: 'Detect findings in a worker with a time budget',
      })
      .catch(() => {}); // already open: it reconnects by itself
    return arrival;
  };
  const detect = async (text: string): Promise<Findings> => {
    const [p, budgetMs] = await Promise.all([connected(), storedBudgetMs(text.length)]);
    const id = nextId++;
    return new Promise<Findings>((resolve, reject) => {
      // The offscreen page keeps the budget (from its worker's start); this timer only covers a
      // page that stopped answering, so it allows the worker's start as well.
      const timer = setTimeout(() => settle(pending, { id, error: TOO_UNUSUAL }), WORKER_START_MS + budgetMs + 5000);
      pending.set(id, { resolve, reject, timer });
      p.postMessage({ id, text, budgetMs });
    });
  };
  const keepPdfWorker = () => void connected().then((p) => p.postMessage(KEEP_PDF_WORKER));
  return { detect, answersPages: () => port !== null, keepPdfWorker };
}

function settle(pending: Map<number, Pending>, message: unknown, known?: Pending): void {
  const reply = DetectJobReply.safeParse(message);
  if (!reply.success) return;
  const job = known ?? pending.get(reply.data.id);
  if (!job) return;
  pending.delete(reply.data.id);
  clearTimeout(job.timer);
  if (reply.data.findings) job.resolve(reply.data.findings);
  else job.reject(new Error(reply.data.error ?? TOO_UNUSUAL));
}
