// Chrome's offscreen document (reason WORKERS): a service worker cannot start a Worker, so
// detection runs here, in pooled workers. A page's detect/run comes straight from its content
// script while the background knows this document is here: measured on the 350 kB page of
// npm run bench:page, the extra hop through the background cost 14–56 ms for the text alone (load
// average 10) plus the budget's storage read. The background's own jobs (the Ofsted history, and a
// page's while this document was starting) come over the port, and so do the stored budget and,
// back, how each page's detection ended. Once the viewer has been used, it also holds pdf.js's
// shared worker, so the next PDF opens without the worker's start-up (lib/viewer/pdf-worker-link.ts).
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { BACKGROUND, DETECT_PORT, DetectJob, DetectSettings, KeepPdfWorker, TOO_UNUSUAL } from '../../lib/messages/contracts';
import { holdPdfWorker } from '../../lib/viewer/pdf-worker-link';
import { listen } from '../../lib/messages/messaging';
import { createDetectPool, detectBudgetMs } from '../../lib/worker/detect-pool';

const pool = createDetectPool(browser.runtime.getURL('/detect-worker.js'));
/** A page's detect/run (the BACKGROUND contract's fields, and its type). */
const PageJob = z.extend(BACKGROUND['detect/run'].request, { type: z.literal('detect/run') });
let port: Browser.runtime.Port | null = null;
let storedBudgetMs: number | null = null;

/** Connects to the background, and again whenever the service worker restarts. */
function connect(): void {
  const p = browser.runtime.connect({ name: DETECT_PORT });
  port = p;
  p.onDisconnect.addListener(() => {
    if (port === p) port = null;
    setTimeout(connect, 100);
  });
  p.onMessage.addListener((message: unknown) => {
    const settings = DetectSettings.safeParse(message);
    if (settings.success) return void (storedBudgetMs = settings.data.settings.budgetMs);
    if (KeepPdfWorker.safeParse(message).success) return holdPdfWorker();
    const job = DetectJob.safeParse(message);
    if (!job.success) return;
    const { id, text, budgetMs } = job.data;
    pool.detect(text, budgetMs).then(
      (findings) => p.postMessage({ id, findings }),
      (error: unknown) => p.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/** Tells the background how a page's detection ended, for the side panel's "too unusual". */
function noteOutcome(sender: Browser.runtime.MessageSender, found: boolean): void {
  port?.postMessage({ outcome: { found, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url } });
}

async function detectPage(text: string, sender: Browser.runtime.MessageSender) {
  try {
    const findings = await pool.detect(text, storedBudgetMs ?? detectBudgetMs(text.length));
    noteOutcome(sender, true);
    return { findings };
  } catch (error) {
    if (error instanceof Error && error.message === TOO_UNUSUAL) noteOutcome(sender, false);
    throw error;
  }
}

connect();
// Only a content script's (a sender with a tab), and only while connected: the background answers
// the rest, and answers these too while this document is not connected to it.
listen(
  PageJob,
  (request, sender) => detectPage(request.text, sender),
  (_request, sender) => port !== null && sender.tab !== undefined,
);
