// npm run current-conflicts: runs the detector over every corpus PDF and prints the areas whose
// own-inspection mentions give two different grades (target 0), with the grades and quotes.
import fs from 'node:fs';
import path from 'node:path';
import { detectReportWithConflicts } from '../lib/detect/detect-report';
import { readInputText } from './read-input';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../shared');

async function main(): Promise<void> {
  const root = path.join(SHARED, 'corpus', 'ofsted');
  if (!fs.existsSync(root)) throw new Error(`corpus not found at ${root} (set SHARED_DIR)`);
  const files = fs
    .readFileSync(path.join(root, 'manifest.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => row.split(',')[0]!);
  let areas = 0;
  for (const file of files) {
    const { conflicts } = detectReportWithConflicts(await readInputText(path.join(root, file)));
    for (const c of conflicts) {
      areas++;
      console.log(
        `${file}: ${c.area} kept ${c.kept}; also ${c.dropped.map((d) => `${d.grade} ${JSON.stringify(d.quote.replace(/\s+/g, ' ').slice(0, 100))}`).join('; ')}`,
      );
    }
  }
  console.log(`reports: ${files.length}; areas with two different current grades: ${areas}`);
}

main().catch((error: unknown) => {
  console.error(`current-conflicts: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
