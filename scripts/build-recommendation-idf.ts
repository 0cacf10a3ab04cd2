// npm run build:idf: how common each word is across the recommendations of all corpus reports, so
// the matcher can weigh "homeless" or "private fostering" above "quality" or "children". Writes
// lib/compare/recommendation-terms-idf.json (the matcher's terms and thesaurus concepts → inverse
// document frequency, rounded).
import fs from 'node:fs';
import path from 'node:path';
import { termsOf } from '../lib/compare/recommendation-terms';
import { detectReport } from '../lib/detect/detect-report';
import { readInputText } from './read-input';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../shared');
const CORPUS = path.join(SHARED, 'corpus', 'ofsted');
const OUT_TERMS = path.resolve(import.meta.dirname, '../lib/compare/recommendation-terms-idf.json');

function writeTable(file: string, df: Map<string, number>, docs: number): void {
  const idf = Object.fromEntries(
    [...df]
      .filter(([, n]) => n >= 2)
      .sort()
      .map(([w, n]) => [w, Math.round(Math.log(docs / n) * 100) / 100]),
  );
  fs.writeFileSync(file, `${JSON.stringify({ documents: docs, idf }, null, 2)}\n`);
  console.log(`${docs} recommendations, ${Object.keys(idf).length} terms → ${file}`);
}

async function main(): Promise<void> {
  const files = fs
    .readFileSync(path.join(CORPUS, 'manifest.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]!);
  const dfTerms = new Map<string, number>();
  let docs = 0;
  for (const file of files) {
    const text = await readInputText(path.join(CORPUS, file)).catch(() => null);
    if (!text) continue;
    for (const rec of detectReport(text).recommendations) {
      docs++;
      for (const t of new Set(termsOf(rec.quote))) dfTerms.set(t, (dfTerms.get(t) ?? 0) + 1);
    }
  }
  writeTable(OUT_TERMS, dfTerms, docs);
}

main().catch((error: unknown) => {
  console.error(`build:idf: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
