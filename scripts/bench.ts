// npm run bench: PDF text extraction and detection times over every corpus PDF, and detection
// throughput on the largest text, and detection over 1 MB as a ratio to one grade-word regex pass
// over the same text. Prints medians and worst cases; asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { detectReport } from '../lib/detect/detect-report';
import { extractPdfText } from '../lib/pdf/read-pdf';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../shared');
const root = path.join(SHARED, 'corpus', 'ofsted');
const files = fs
  .readFileSync(path.join(root, 'manifest.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((r) => ({ file: r.split(',')[0]!, pages: Number(r.split(',')[4]) }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The times in ms of `n` runs of `work`. */
function timeRuns(n: number, work: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    work();
    out.push(performance.now() - t);
  }
  return out;
}

async function main(): Promise<void> {
  const extract: number[] = [];
  const detect: number[] = [];
  const texts: { file: string; text: string; pages: number }[] = [];
  for (const { file, pages } of files) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(root, file)));
    let t = performance.now();
    const { text } = await extractPdfText(pdfjs as never, bytes);
    extract.push(performance.now() - t);
    detectReport(text); // warm the regexes once per shape of text
    t = performance.now();
    detectReport(text);
    detect.push(performance.now() - t);
    texts.push({ file, text, pages });
  }
  const worst = (xs: number[]) => {
    const i = xs.indexOf(Math.max(...xs));
    return `${ms(xs[i]!)} (${texts[i]!.file})`;
  };
  const typical = texts.map((t, i) => ({ ...t, time: detect[i]! })).filter((t) => t.pages >= 8 && t.pages <= 12);
  console.log(`reports: ${texts.length}`);
  console.log(`PDF text extraction: median ${ms(median(extract))}, worst ${worst(extract)}`);
  console.log(`detection:           median ${ms(median(detect))}, worst ${worst(detect)}`);
  console.log(`detection, 8–12 page reports (${typical.length}): median ${ms(median(typical.map((t) => t.time)))}`);
  const largest = texts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const runs: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    detectReport(largest.text);
    runs.push(performance.now() - t);
  }
  const mb = Buffer.byteLength(largest.text) / 1e6;
  console.log(
    `largest text: ${largest.file}, ${(mb * 1000).toFixed(0)} kB, median ${ms(median(runs))} → ${(mb / (median(runs) / 1000)).toFixed(2)} MB/s`,
  );
  const big = largest.text.repeat(Math.ceil(1e6 / largest.text.length));
  const detectMs = median(timeRuns(5, () => detectReport(big)));
  // The yardstick (issue 16): one pass of a grade-word regular expression over the same text.
  const gradeWords = /\b(?:outstanding|good|requires improvement(?: to be good)?|adequate|inadequate)\b/gi;
  let found = 0;
  const regexMs = median(timeRuns(21, () => (found = big.match(gradeWords)?.length ?? 0)));
  const bigMb = Buffer.byteLength(big) / 1e6;
  console.log(
    `1 MB of report text (largest repeated, ${bigMb.toFixed(2)} MB): detection median ${ms(detectMs)} → ${(bigMb / (detectMs / 1000)).toFixed(2)} MB/s`,
  );
  console.log(`one grade-word regex pass over the same text: median ${ms(regexMs)} (${found} grade words)`);
  console.log(`detection / regex pass: ${(detectMs / regexMs).toFixed(1)}×; detection median per report ${ms(median(detect))}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
