// Chrome's offscreen document (reason WORKERS): a service worker cannot start a Worker, so the
// background hands each detection job to this page over a port, and it runs in a pooled worker.
import { browser } from 'wxt/browser';
import { DETECT_PORT, DetectJob } from '../../lib/messages/contracts';
import { createDetectPool } from '../../lib/worker/detect-pool';

const pool = createDetectPool(browser.runtime.getURL('/detect-worker.js'));

/** Connects to the background, and again whenever the service worker restarts. */
function connect(): void {
  const port = browser.runtime.connect({ name: DETECT_PORT });
  port.onDisconnect.addListener(() => setTimeout(connect, 100));
  port.onMessage.addListener((message: unknown) => {
    const job = DetectJob.safeParse(message);
    if (!job.success) return;
    const { id, text, budgetMs } = job.data;
    pool.detect(text, budgetMs).then(
      (findings) => port.postMessage({ id, findings }),
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
connect();
