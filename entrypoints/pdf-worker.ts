// pdf.js's worker, shared by the viewer's tabs (built as /pdf-worker.js). Started as a SharedWorker,
// each tab that connects gets pdf.js's worker side on its own port; one already running (another
// tab open) is compiled and warmed up already, so the next report skips its start-up.
import { WorkerMessageHandler } from 'pdfjs-dist/build/pdf.worker.mjs';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

interface SharedScope {
  onconnect: ((event: MessageEvent) => void) | null;
}
const handler = WorkerMessageHandler as { initializeFromPort(port: MessagePort): void };

export default defineUnlistedScript(() => {
  (globalThis as unknown as SharedScope).onconnect = (event) => {
    const port = event.ports[0]!;
    handler.initializeFromPort(port);
    port.start();
  };
});
