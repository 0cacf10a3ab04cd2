// The raw text of each page of a printed PDF (pdf.js, legacy build for Node), running heads and
// footers included: what a reader of the paper sees on each page.
import fs from 'node:fs/promises';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text items joined with spaces, page 1 first. */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await fs.readFile(file)) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}
