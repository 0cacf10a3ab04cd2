// npm run eval:converters [-- --verbose] [-- --only NAME]: the labelled corpus sample of
// ../shared/corpus/ofsted read from other converters' text, scored in set mode by the same scorer
// as `npm run eval` (scripts/eval-corpus.ts). Each PDF is converted once into a temporary folder by
// pdftotext (default reading order and -layout); a one-cell-per-line copy is made from the
// extension's own PDF text with every table cell on its own line. The figures should equal the PDFs'.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evalCorpus, fmtCounts, type CorpusScores } from './eval-corpus';
import { readInputText } from './read-input';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../shared');
const verbose = process.argv.includes('--verbose');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '') : '';

type Converter = (pdf: string, out: string) => Promise<void>;

const pdftotext =
  (layout: boolean): Converter =>
  async (pdf, out) => {
    execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, out]);
  };

// A copy from a viewer or spreadsheet that puts every cell of a table row on its own line.
const cellPerLine: Converter = async (pdf, out) => {
  fs.writeFileSync(out, (await readInputText(pdf)).replace(/[ \t]*\t[ \t]*/g, '\n'));
};

const CONVERTERS: [string, Converter][] = [
  ['pdftotext', pdftotext(false)],
  ['pdftotext -layout', pdftotext(true)],
  ['one cell per line', cellPerLine],
];

/** Converts every PDF into `dir` (same relative path, .txt) and returns a reader of the converted text. */
function convertedReader(dir: string, root: string, convert: Converter): (pdf: string) => Promise<string> {
  return async (pdf) => {
    const out = path.join(dir, path.relative(root, pdf).replace(/\.pdf$/i, '.txt'));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await convert(pdf, out);
    return fs.readFileSync(out, 'utf8');
  };
}

async function main(): Promise<void> {
  const root = path.join(SHARED, 'corpus', 'ofsted');
  if (!fs.existsSync(root)) throw new Error(`corpus not found at ${root} (set SHARED_DIR)`);
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftotext not found (Debian package poppler-utils)');
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-lens-converters-'));
  const results: [string, CorpusScores][] = [];
  try {
    for (const [name, convert] of CONVERTERS.filter(([n]) => n.includes(only))) {
      const dir = path.join(tmp, name.replace(/\W+/g, '-'));
      const log = verbose ? (line: string) => console.log(`[${name}] ${line}`) : () => {};
      results.push([name, await evalCorpus(root, convertedReader(dir, root, convert), log, verbose)]);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log('\nOVERALL (own inspection, set mode; the PDFs score F1 1.000 on both)');
  for (const [name, c] of results) {
    console.log(`${name.padEnd(18)} judgements      ${fmtCounts(c.judgements)}`);
    console.log(`${''.padEnd(18)} recommendations ${fmtCounts(c.recommendations)}`);
    console.log(`${''.padEnd(18)} earlier         ${fmtCounts(c.earlier)}`);
  }
}

main().catch((error: unknown) => {
  console.error(`eval:converters: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
