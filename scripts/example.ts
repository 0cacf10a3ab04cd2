// npm run example [-- FILE]: runs the detector on a bundled Ofsted report and prints a readable summary.
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import { readInputText } from './read-input';

const DEFAULT = path.resolve(import.meta.dirname, '../tests/fixtures/pdf/80464-dudley_2018-12-10.pdf');

async function main(): Promise<void> {
  const file = process.argv[2] ?? DEFAULT;
  const { document, judgements, recommendations } = detectReport(await readInputText(file));
  console.log(`${path.basename(file)}\n`);
  console.log(`Authority:        ${document.authority ?? '(not found)'}`);
  console.log(`Framework:        ${document.framework ?? '(not found)'}`);
  console.log(`Inspection dates: ${document.inspectionDates ?? '(not found)'}`);
  console.log(`Published:        ${document.publicationDate ?? '(not found)'}\n`);
  console.log('JUDGEMENTS');
  const rows = judgements.map((j) => [
    j.inspection ?? 'this inspection',
    j.areaKey,
    j.grade,
    j.quote.replace(/\s+/g, ' ').slice(0, 90),
  ]);
  const widths = [16, 26, 22];
  for (const r of rows) console.log(r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join(' '));
  console.log(`\nRECOMMENDATIONS (${recommendations.length})`);
  recommendations.forEach((r, i) => {
    const tags = [r.source, r.deadline, r.section].filter(Boolean).join(', ');
    console.log(`${String(i + 1).padStart(2)}. [${tags}] ${r.quote.replace(/\s+/g, ' ')}`);
  });
}

main().catch((error: unknown) => {
  console.error(`example: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
