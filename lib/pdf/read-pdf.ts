// Reads a PDF with pdf.js into the text model. The caller passes the pdf.js module it loaded
// (legacy build in Node, the normal build in extension pages), so one code path serves both.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
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

/** One page's text items with their positions. */
export async function readPageItems(doc: PDFDocumentProxy, pageNumber: number): Promise<PdfPageInput> {
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PdfItem[] = [];
  content.items.forEach((item, index) => {
    if (!isTextItem(item)) return;
    const [a, b, , d, e, f] = item.transform as number[];
    const size = Math.hypot(b!, d!) || Math.hypot(a!, b!) || 1;
    items.push({ str: item.str, x: e!, y: f!, width: item.width, size, font: item.fontName, index });
  });
  page.cleanup();
  return { items, width: viewport.width, height: viewport.height };
}

/** The text model of an open PDF document. Throws PdfReadError when it has no text layer. */
export async function extractDocumentText(doc: PDFDocumentProxy): Promise<PdfTextModel> {
  const pages: PdfPageInput[] = [];
  for (let p = 1; p <= doc.numPages; p++) pages.push(await readPageItems(doc, p));
  const model = buildPdfText(pages);
  if (model.text.replace(/\s/g, '').length < 50 + 10 * doc.numPages) {
    throw new PdfReadError('This PDF has no text layer (it looks scanned), so nothing can be detected in it.', 'no-text');
  }
  return model;
}

/** Opens PDF bytes with pdf.js, turning its failures into PdfReadError. */
export async function openPdf(pdfjs: PdfJs, data: Uint8Array): Promise<PDFDocumentProxy> {
  if (data.length === 0) throw new PdfReadError('The file is empty.', 'empty');
  try {
    return await pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfReadError('This PDF is protected by a password.', 'password');
    const detail = error instanceof Error ? error.message : String(error);
    throw new PdfReadError(`This file could not be read as a PDF (${detail}).`, 'broken');
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
