// npm run --silent compare -- FILE…: one authority history per authority found in the files (.txt,
// .html, .pdf reports and papers), as one JSON object (DESIGN.md). A refused file is one line on
// stderr and the run goes on; the exit code is 1 when any file was refused or none could be read.
import { compareOutput } from '../lib/compare/compare-output';
import type { SourceDocument } from '../lib/compare/inspection-types';
import { detectReport } from '../lib/detect/detect-report';
import { readInputText } from './read-input';

async function main(): Promise<number> {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: npm run --silent compare -- FILE… (.txt, .html or .pdf)');
  const docs: SourceDocument[] = [];
  let refused = 0;
  for (const file of files) {
    try {
      docs.push({ id: file, title: file, ...detectReport(await readInputText(file)) });
    } catch (error) {
      refused++;
      process.stderr.write(`compare: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  if (docs.length === 0) return 1;
  process.stdout.write(JSON.stringify(compareOutput(docs), null, 2) + '\n');
  return refused ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`compare: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
