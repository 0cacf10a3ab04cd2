// pdf.js in the background. A service worker can start no Worker and load no module later, so the
// pdf.js worker code is bundled here and runs on this thread (pdf.js looks for it on globalThis).
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { extractDocumentText, NO_TEXT_LAYER, openPdf, PdfReadError } from '../../lib/pdf/read-pdf';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

/** The text and fingerprint of PDF bytes; throws PdfReadError (password, broken, scanned) in words. */
export async function readPdfBytes(bytes: Uint8Array): Promise<{ text: string; fingerprint: string }> {
  const pdf = await openPdf(pdfjs, bytes);
  try {
    return { text: (await extractDocumentText(pdf)).text, fingerprint: pdf.fingerprints[0] ?? '' };
  } catch (error) {
    // The viewer's words, without "its pages are still shown": the queue shows no pages.
    if (error instanceof PdfReadError && error.reason === 'no-text')
      throw new PdfReadError(`${NO_TEXT_LAYER} Look for a text version of the report.`, 'no-text');
    throw error;
  } finally {
    await pdf.destroy();
  }
}
