// "Add reports…": earlier reports as files (PDF, HTML, text) or addresses, read and detected here in
// the panel, ready to store. pdf.js is loaded only when a PDF is added.
import { browser } from 'wxt/browser';
import { extractDomText } from '../../lib/page/dom-text';
import { emptyFileMessage, looksLikePdf, reportFromText } from '../../lib/storage/report-from-text';
import type { StoredReport } from '../../lib/model/store-schemas';
import { createDetectPool, storedBudgetMs, type DetectPool } from '../../lib/worker/detect-pool';

// Detection runs in the panel's own workers, with a time budget, so a strange file never freezes it.
let pool: DetectPool | undefined;
async function detect(text: string) {
  pool ??= createDetectPool(browser.runtime.getURL('/detect-worker.js'));
  return pool.detect(text, await storedBudgetMs(text.length));
}

async function readPdf(bytes: Uint8Array): Promise<{ text: string; fingerprint: string }> {
  const [pdfjs, { default: workerUrl }, { openPdf, extractDocumentText, NO_TEXT_LAYER, PdfReadError }] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
    import('../../lib/pdf/read-pdf'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const pdf = await openPdf(pdfjs, bytes);
  try {
    return { text: (await extractDocumentText(pdf)).text, fingerprint: pdf.fingerprints[0] ?? '' };
  } catch (error) {
    // The viewer's words, without "its pages are still shown": here nothing is shown.
    if (error instanceof PdfReadError && error.reason === 'no-text')
      throw new Error(`${NO_TEXT_LAYER} Look for a text version of the report.`);
    throw error;
  } finally {
    await pdf.destroy();
  }
}

/** Said for a file of another kind (a word-processor file, a picture): what is wrong, and what to do. */
const NOT_READABLE =
  'This file is not a PDF, a web page or a text file, so Inspection Lens cannot read it. Add the report as a PDF, or give its web address.';

/** A report from bytes of any supported kind; `source` is the address or the file name. */
export async function readReport(bytes: Uint8Array, source: string, title: string): Promise<StoredReport> {
  let text: string;
  let fingerprint: string | null = null;
  const empty = emptyFileMessage(bytes, source);
  if (empty) throw new Error(empty);
  if (looksLikePdf(bytes)) ({ text, fingerprint } = await readPdf(bytes));
  else {
    const decoded = new TextDecoder('utf-8').decode(bytes);
    if (/\0/.test(decoded.slice(0, 2000))) throw new Error(NOT_READABLE);
    const html = /^\s*<(?:!doctype html|html)/i.test(decoded) || /\.html?$/i.test(source);
    text = html ? extractDomText(new DOMParser().parseFromString(decoded, 'text/html').body).text : decoded;
  }
  return reportFromText(text, fingerprint, source, title, detect);
}

export async function readReportFile(file: File): Promise<StoredReport> {
  return readReport(new Uint8Array(await file.arrayBuffer()), `file:${file.name}`, file.name);
}

export async function readReportUrl(url: string): Promise<StoredReport> {
  const response = await fetch(url, { credentials: 'include' }).catch(() => {
    throw new Error(`could not fetch it (no connection, or no permission for ${new URL(url).host})`);
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return readReport(new Uint8Array(await response.arrayBuffer()), url, decodeURIComponent(url.split('/').pop() || url));
}
