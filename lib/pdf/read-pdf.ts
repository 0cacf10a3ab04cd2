// Reads a PDF with pdf.js into the text model. The caller passes the pdf.js module it loaded
// (legacy build in Node, the normal build in extension pages), so one code path serves both.
import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { buildPdfText, type PdfPageInput, type PdfTextModel } from './pdf-text';
import type { PdfItem } from './pdf-lines';

type PdfJs = Pick<typeof import('pdfjs-dist'), 'getDocument'>;

/** Why a PDF could not be read, in words for the user. */
export class PdfReadError extends Error {
  constructor(
    message: string,
    readonly reason: 'password' | 'broken' | 'no-text' | 'empty',
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}

const isTextItem = (item: unknown): item is TextItem => typeof item === 'object' && item !== null && 'str' in item;

/** One page's text items with their positions, from pdf.js text content (shared with the text layer). */
export function pageInputFrom(content: TextContent, width: number, height: number): PdfPageInput {
  const items: PdfItem[] = [];
  content.items.forEach((item, index) => {
    if (!isTextItem(item)) return;
    const [a, b, , d, e, f] = item.transform as number[];
    const size = Math.hypot(b!, d!) || Math.hypot(a!, b!) || 1;
    items.push({ str: item.str, x: e!, y: f!, width: item.width, size, font: item.fontName, index });
  });
  return { items, width, height };
}

/** One page's text items with their positions. */
export async function readPageItems(doc: PDFDocumentProxy, pageNumber: number): Promise<PdfPageInput> {
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale: 1 });
  const input = pageInputFrom(await page.getTextContent(), viewport.width, viewport.height);
  page.cleanup();
  return input;
}

/** What a PDF with no text layer means for the reader; the viewer, the side panel and the Ofsted
 * history queue each add what to do next. */
export const NO_TEXT_LAYER = 'This PDF has no text layer (it looks scanned), so Inspection Lens cannot find its judgements.';

/** Throws PdfReadError when a document of `pages` pages has (almost) no text. */
export function checkHasText(model: PdfTextModel, pages: number): PdfTextModel {
  if (model.text.replace(/\s/g, '').length < 50 + 10 * pages) {
    throw new PdfReadError(`${NO_TEXT_LAYER} Its pages are still shown; look for a text version of the report.`, 'no-text');
  }
  return model;
}

/** The text model of an open PDF document. Throws PdfReadError when it has no text layer. */
export async function extractDocumentText(doc: PDFDocumentProxy): Promise<PdfTextModel> {
  const pages: PdfPageInput[] = [];
  for (let p = 1; p <= doc.numPages; p++) pages.push(await readPageItems(doc, p));
  return checkHasText(buildPdfText(pages), doc.numPages);
}

/** Opens PDF bytes with pdf.js, turning its failures into PdfReadError. `worker`: a pdf.js worker
 * already started (the viewer starts one while the bytes arrive); by default pdf.js starts its own. */
export async function openPdf(pdfjs: PdfJs, data: Uint8Array, worker?: PDFWorker): Promise<PDFDocumentProxy> {
  if (data.length === 0) throw new PdfReadError('This file is empty (0 bytes), so there is nothing to show.', 'empty');
  try {
    return await pdfjs.getDocument({ data, worker, isEvalSupported: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new PdfReadError(
        'This PDF is protected by a password. Inspection Lens cannot open it: use the browser’s own viewer, which asks for the password.',
        'password',
      );
    // pdf.js's own words ("Invalid PDF structure") mean nothing to a reader: say what to do instead.
    throw new PdfReadError(
      'This file could not be read as a PDF: it may be damaged or only partly downloaded. Download it again, or open it in the browser’s own viewer.',
      'broken',
    );
  }
}

/** Bytes of a PDF → text model. */
export async function extractPdfText(pdfjs: PdfJs, data: Uint8Array): Promise<PdfTextModel> {
  const doc = await openPdf(pdfjs, data);
  try {
    return await extractDocumentText(doc);
  } finally {
    await doc.destroy();
  }
}
