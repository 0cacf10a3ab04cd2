// pdf.js for the viewer, loaded apart from the rest of it. Its worker is the longest wait before
// the first page (1.2 MB of script compiled and run afresh by each new worker), so it is one shared
// worker kept running (lib/viewer/pdf-worker-link.ts): a report opened while it runs skips that
// wait. It is asked for first, from the viewer's start, before pdf.js itself is loaded.
import type { PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { connectPdfWorker } from '../../lib/viewer/pdf-worker-link';

export type PdfJs = typeof import('pdfjs-dist');

/** pdf.js and one started worker, shared by every PDF this viewer opens. */
export interface PdfEngine {
  pdfjs: PdfJs;
  worker: PDFWorker;
}

/** What pdf.js talks to: the shared worker's port, or a worker of this page's own. */
type WorkerPort = Worker | MessagePort;

let started: Promise<WorkerPort> | null = null;
let loading: Promise<PdfEngine> | null = null;

/** The shared worker's port, or (a browser without SharedWorker) a worker of this page's own. */
function openPort(): { port: WorkerPort; failed: EventTarget; close(): void } {
  try {
    const shared = connectPdfWorker();
    shared.port.start();
    return { port: shared.port, failed: shared, close: () => shared.port.close() };
  } catch {
    const worker = new Worker(workerUrl, { type: 'module' });
    return { port: worker, failed: worker, close: () => worker.terminate() };
  }
}

/** Starts (or reaches) pdf.js's worker without pdf.js. Resolves once it answers (it says "ready");
 * rejects when its script cannot be loaded, where pdf.js given a bare port would wait for ever. */
export function startPdfWorker(): Promise<WorkerPort> {
  started ??= new Promise<WorkerPort>((resolve, reject) => {
    const { port, failed, close } = openPort();
    const settle = (ok: boolean) => {
      port.removeEventListener('message', onReady);
      failed.removeEventListener('error', onError);
      if (ok) return resolve(port);
      close();
      reject(new Error('The PDF reader could not start.'));
    };
    const onReady = () => {
      performance.mark('viewer:worker-ready');
      settle(true);
    };
    const onError = () => settle(false);
    port.addEventListener('message', onReady);
    failed.addEventListener('error', onError);
  });
  return started;
}

/** Loads pdf.js once and hands it the worker startPdfWorker started. A failed load (an extension
 * update mid-way) is tried again on the next call rather than remembered. */
export function loadPdfEngine(): Promise<PdfEngine> {
  loading ??= Promise.all([startPdfWorker(), import('pdfjs-dist')]).then(
    ([port, pdfjs]) => {
      performance.mark('viewer:engine-ready');
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return { pdfjs, worker: pdfjs.PDFWorker.create({ port: port as Worker, verbosity: 0 }) };
    },
    (error: unknown) => {
      loading = null;
      started = null;
      throw error;
    },
  );
  return loading;
}
