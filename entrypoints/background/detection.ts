// Detection off the background's own thread. Firefox's background page starts workers itself;
// Chrome's service worker cannot, so there an offscreen document (reason WORKERS) hosts them and
// takes jobs over a port. Either way each job has a time budget and ends, at worst, with TOO_UNUSUAL.
import { browser, type Browser } from 'wxt/browser';
import type { Findings } from '../../lib/model/findings';
import { DETECT_PORT, DetectJobReply, TOO_UNUSUAL } from '../../lib/messages/contracts';
import { createDetectPool, storedBudgetMs } from '../../lib/worker/detect-pool';

type Port = Browser.runtime.Port;
interface Pending {
  resolve: (findings: Findings) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Returns the background's detect function; call once, at start-up (it listens for the port). */
export function createDetector(): (text: string) => Promise<Findings> {
  if (typeof Worker === 'function') {
    const pool = createDetectPool(browser.runtime.getURL('/detect-worker.js'));
    return async (text) => pool.detect(text, await storedBudgetMs(text.length));
  }
  return offscreenDetector();
}

function offscreenDetector(): (text: string) => Promise<Findings> {
  const pending = new Map<number, Pending>();
  let port: Port | null = null;
  let waiting: ((port: Port) => void)[] = [];
  let nextId = 1;
  browser.runtime.onConnect.addListener((p) => {
    if (p.name !== DETECT_PORT || p.sender?.url !== browser.runtime.getURL('/offscreen.html')) return;
    port = p;
    waiting.forEach((resolve) => resolve(p));
    waiting = [];
    p.onMessage.addListener((message: unknown) => settle(pending, message));
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
  return async (text) => {
    const [p, budgetMs] = await Promise.all([connected(), storedBudgetMs(text.length)]);
    const id = nextId++;
    return new Promise<Findings>((resolve, reject) => {
      // The offscreen page keeps the budget; this timer only covers a page that stopped answering.
      const timer = setTimeout(() => settle(pending, { id, error: TOO_UNUSUAL }), budgetMs + 5000);
      pending.set(id, { resolve, reject, timer });
      p.postMessage({ id, text, budgetMs });
    });
  };
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
