// pdf.js for the viewer, loaded apart from the rest of it. Its worker (1.2 MB of script to compile
// and run) is the longest wait before the first page, so it is started first, from the viewer's
// start, before pdf.js itself is loaded: the two load side by side, and the PDF's bytes with them.
import type { PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type PdfJs = typeof import('pdfjs-dist');

/** pdf.js and one started worker, shared by every PDF this viewer opens. */
export interface PdfEngine {
  pdfjs: PdfJs;
  worker: PDFWorker;
}

let started: Promise<Worker> | null = null;
let loading: Promise<PdfEngine> | null = null;

/** Starts pdf.js's worker without pdf.js. Resolves once its script has run (it then says "ready");
 * rejects when the script cannot be loaded, where pdf.js given a bare port would wait for ever. */
export function startPdfWorker(): Promise<Worker> {
  started ??= new Promise<Worker>((resolve, reject) => {
    const worker = new Worker(workerUrl, { type: 'module' });
    const settle = (ok: boolean) => {
      worker.removeEventListener('message', onReady);
      worker.removeEventListener('error', onError);
      if (ok) return resolve(worker);
      worker.terminate();
      reject(new Error('The PDF reader could not start.'));
    };
    const onReady = () => {
      performance.mark('viewer:worker-ready');
      settle(true);
    };
    const onError = () => settle(false);
    worker.addEventListener('message', onReady);
    worker.addEventListener('error', onError);
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
      return { pdfjs, worker: pdfjs.PDFWorker.create({ port, verbosity: 0 }) };
    },
    (error: unknown) => {
      loading = null;
      started = null;
      throw error;
    },
  );
  return loading;
}
