// pdf.js for the viewer, loaded apart from the rest of it: main.tsx starts loading it (and its
// worker) the moment the page opens, while the PDF's bytes are still being fetched, so the first
// page can be drawn as soon as both are there.
import type { PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type PdfJs = typeof import('pdfjs-dist');

/** pdf.js and one started worker, shared by every PDF this viewer opens. */
export interface PdfEngine {
  pdfjs: PdfJs;
  worker: PDFWorker;
}

let loading: Promise<PdfEngine> | null = null;

/** Loads pdf.js once and starts its worker. A failed load (an extension update mid-way) is tried
 * again on the next call rather than remembered. */
export function loadPdfEngine(): Promise<PdfEngine> {
  loading ??= import('pdfjs-dist').then(
    (pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return { pdfjs, worker: new pdfjs.PDFWorker({ verbosity: 0 }) };
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
