// The viewer's first steps, which need none of its screen: pdf.js (with its worker) opens the PDF's
// bytes and draws page 1 off screen, so the page is ready to show as soon as there is a place for it.
// Text, detection and the rest of the viewer come after (viewer-session.ts).
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { drawPage, type DrawnPage } from './page-canvas';
import { loadPdfEngine, type PdfJs } from './pdf-engine';

/** An open PDF, with its first page being drawn. */
export interface OpenedPdf {
  pdfjs: PdfJs;
  pdf: PDFDocumentProxy;
  /** page 1 drawn at the scale asked for; null when it could not be (the pages then draw it again) */
  first: Promise<DrawnPage | null>;
}

/** Opens `bytes` with pdf.js and starts drawing page 1 at `scale` (CSS pixels per PDF point).
 * Rejects with PdfReadError (lib/pdf/read-pdf.ts) for a file pdf.js cannot read, or with the
 * engine's error when pdf.js itself could not be loaded. */
export async function openPdfBytes(bytes: Uint8Array, scale: number): Promise<OpenedPdf> {
  // read-pdf (and the text model behind it) loads beside pdf.js rather than before the start.
  const [{ pdfjs, worker }, { openPdf }] = await Promise.all([loadPdfEngine(), import('../../lib/pdf/read-pdf')]);
  const pdf = await openPdf(pdfjs, bytes, worker);
  performance.mark('viewer:pdf-opened');
  // The worker is shared and outlives this tab: the file is let go there when the tab closes.
  addEventListener('pagehide', () => void pdf.destroy(), { once: true });
  const first = pdf
    .getPage(1)
    .then((page) => drawPage(page, scale, document))
    .then((drawn) => {
      performance.mark('viewer:page1-rendered');
      return drawn;
    })
    .catch(() => null);
  return { pdfjs, pdf, first };
}

/** Starts pdf.js and its worker now, beside `bytes` still arriving, and opens the bytes when they
 * come. Rejects as `bytes` does (SourceError, load-source.ts) or as openPdfBytes does. */
export function openWhenRead(bytes: Promise<Uint8Array>, scale: number): Promise<OpenedPdf> {
  loadPdfEngine().catch(() => {}); // a failure is met again, and shown, when the bytes are opened
  return bytes.then((data) => {
    performance.mark('viewer:bytes-loaded');
    return openPdfBytes(data, scale);
  });
}
