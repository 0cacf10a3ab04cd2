// pdf.js's worker is one SharedWorker (entrypoints/pdf-worker.ts, built as /pdf-worker.js) for the
// viewer's tabs. Compiling and starting it took most of the wait before a report's first page (its
// 1.2 MB script is compiled afresh by every new worker: Chrome keeps no compiled code for workers),
// so it is kept running: by any viewer tab open, and by the page that hosts detection's workers
// (Chrome's offscreen document, Firefox's background page) once the viewer has been used.
import { browser } from 'wxt/browser';

/** The worker's name: every part of the extension that names it reaches the same worker. */
const PDF_WORKER_NAME = 'inspection-lens-pdf';

/** Connects to pdf.js's shared worker, starting it if nothing holds it. Each connection has a port
 * of its own, with pdf.js's worker side behind it (it says "ready" at once when already running).
 * Throws where the browser has no SharedWorker (the caller then starts a worker of its own). */
export function connectPdfWorker(): SharedWorker {
  return new SharedWorker(browser.runtime.getURL('/pdf-worker.js'), { name: PDF_WORKER_NAME });
}

let held: SharedWorker | null = null;

/** Keeps pdf.js's shared worker running for as long as this page lives (the offscreen document or
 * background page): a thread whose JS heap held 3.2–3.7 MB between reports (README, Speed). */
export function holdPdfWorker(): void {
  try {
    held ??= connectPdfWorker();
  } catch {
    // No SharedWorker here: each viewer starts its own, as before.
  }
}
