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
      scope.postMessage({ ok: true, findings: detectReport(event.data) });
    } catch (error) {
      scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
});
