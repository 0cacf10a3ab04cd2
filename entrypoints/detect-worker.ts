// The detector in a dedicated worker (built as /detect-worker.js): text in, findings out. Started by
// lib/worker/detect-pool.ts in the offscreen document (Chrome), the background page (Firefox), the
// side panel and the viewer, so a long detection never blocks their own thread.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectReport } from '../lib/detect/detect-report';

interface WorkerScope {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(message: unknown): void;
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  scope.onmessage = (event) => {
    // The budget starts here (lib/worker/detect-pool.ts): the worker's own start is not the page's.
    scope.postMessage({ started: true });
    try {
      const start = performance.now();
      const findings = detectReport(event.data);
      // Its own time, so a reply that beat the pool's timer (both queued) is still held to the budget.
      scope.postMessage({ ok: true, findings, ms: performance.now() - start });
    } catch (error) {
      scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
});
