// The held-out earlier-inspection set (issue 10): corpus PDFs that no rule was tuned on, labelled in
// tests/fixtures/gold/earlier-new before the detector first ran on them. Scored like the labelled
// sample's earlier grades (area, grade and date right) but printed on a line of its own.
import fs from 'node:fs';
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import { addCounts, emptyCounts, type Counts } from './eval-score';
import { scoreEarlier, type EarlierGold } from './eval-earlier';

export const HELD_OUT_DIR = path.resolve(import.meta.dirname, '../tests/fixtures/gold/earlier-new');

interface HeldOutGold {
  file: string;
  earlier: EarlierGold[];
}

/** Label files of the held-out set, as paths relative to `dir`, in name order. */
export function heldOutFiles(dir: string = HELD_OUT_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/**
 * Scores the held-out set: reads each labelled corpus PDF under `root` with `readText`, detects, and
 * counts earlier grades found with area, grade and date right (tp), labelled but missed (fn) and
 * detected with an inspection date but not labelled (fp). `log` gets one line per file and, when
 * `verbose`, every miss and false positive.
 */
export async function evalHeldOut(
  root: string,
  readText: (pdf: string) => Promise<string>,
  log: (line: string) => void,
  verbose: boolean,
  dir: string = HELD_OUT_DIR,
): Promise<Counts> {
  let total = emptyCounts();
  for (const gf of heldOutFiles(dir)) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, gf), 'utf8')) as HeldOutGold;
    const text = await readText(path.join(root, gold.file));
    const found = detectReport(text);
    const e = scoreEarlier(text, found.judgements, gold.earlier, (g) => g.area_key ?? null);
    const c = e.counts;
    log(`corpus held out ${gold.file}\n  earlier tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
    if (verbose) {
      for (const x of e.misses) log(`    FN earlier ${x}`);
      for (const x of e.extras) log(`    FP earlier ${x}`);
    }
    total = addCounts(total, c);
  }
  return total;
}
