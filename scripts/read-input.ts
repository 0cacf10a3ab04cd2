// Reads a .txt, .html or .pdf file into the same text the extension extracts from it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPdfText } from '../lib/pdf/read-pdf';
import { extractDomText } from '../lib/page/dom-text';

const MAX_BYTES = 200 * 1024 * 1024;

/** Looks like text: no NUL bytes and mostly printable in the first 4 KB. */
function isBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.1;
}

/** The extracted text of a file; throws an Error with one clear line for bad input. */
export async function readInputText(file: string): Promise<string> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new Error(`no such file: ${file}`);
  if (!stat.isFile()) throw new Error(`not a file: ${file}`);
  if (stat.size === 0) throw new Error(`the file is empty: ${file}`);
  if (stat.size > MAX_BYTES) throw new Error(`the file is too large (${stat.size} bytes): ${file}`);
  const bytes = new Uint8Array(await fs.readFile(file));
  const ext = path.extname(file).toLowerCase();
  const isPdf = Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
  if (ext === '.pdf' || isPdf) {
    if (!isPdf) throw new Error(`not a PDF (no %PDF header): ${file}`);
    return (await extractPdfText(pdfjs as never, bytes)).text;
  }
  if (isBinary(bytes)) throw new Error(`binary file, expected .txt, .html or .pdf: ${file}`);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') throw new Error(`the file has no text: ${file}`);
  if (ext === '.html' || ext === '.htm' || /^\s*<(?:!doctype html|html)/i.test(text)) {
    const { document } = parseHTML(text);
    return extractDomText(document.body ?? document).text;
  }
  return text;
}
