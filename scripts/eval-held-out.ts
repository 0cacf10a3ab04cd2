// Held-out earlier-inspection sets (issue 10): corpus PDFs that no rule was tuned on, labelled in a
// folder of tests/fixtures/gold before the detector first ran on them (earlier-new, since tuned on;
// earlier-fresh). Scored like the labelled sample's earlier grades (area, grade and date right) but
// printed on a line of their own, with the labelled earlier grades found only as current grades.
import fs from 'node:fs';
import path from 'node:path';
import type { JudgementMention } from '../lib/model/findings';
import { detectReport } from '../lib/detect/detect-report';
import { normaliseGrade } from '../lib/detect/grades';
import { addCounts, emptyCounts, type Counts } from './eval-score';
import { findLoose, scoreEarlier, type EarlierGold } from './eval-earlier';

const GOLD_DIR = path.resolve(import.meta.dirname, '../tests/fixtures/gold');
/** The first held-out set (first contact P 0.929 R 0.650; tuned on since). */
export const HELD_OUT_DIR = path.join(GOLD_DIR, 'earlier-new');
/** The fresh held-out set, labelled and committed before any detector run on its files. */
export const FRESH_DIR = path.join(GOLD_DIR, 'earlier-fresh');

interface HeldOutGold {
  file: string;
  earlier: EarlierGold[];
}

/** Scores of one held-out set: earlier grades (tp, fp, fn) and labelled ones found only as current. */
export interface HeldOutScore {
  counts: Counts;
  /** labelled earlier grades that a detection of the same grade overlaps, every one with inspection null */
  asCurrent: number;
}

/** Label files of a held-out set, as paths relative to `dir`, in name order ([] when `dir` is missing). */
export function heldOutFiles(dir: string = HELD_OUT_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** Labelled earlier grades that were detected only as this inspection's grade (same grade, overlapping, undated). */
export function earlierAsCurrent(text: string, found: JudgementMention[], gold: EarlierGold[]): EarlierGold[] {
  return gold.filter((g) => {
    const s = findLoose(text, g.quote);
    if (!s) return false;
    const over = found.filter((d) => d.start < s.end && s.start < d.end && normaliseGrade(d.grade) === normaliseGrade(g.grade));
    return over.length > 0 && over.every((d) => d.inspection === null);
  });
}

/**
 * Scores the held-out set in `dir`: reads each labelled corpus PDF under `root` with `readText`,
 * detects, and counts earlier grades found with area, grade and date right (tp), labelled but missed
 * (fn), detected with an inspection date but not labelled (fp), and labelled ones found only as current.
 * `log` gets one line per file (prefixed by `name`) and, when `verbose`, every miss and false positive.
 */
export async function scoreHeldOut(
  root: string,
  readText: (pdf: string) => Promise<string>,
  log: (line: string) => void,
  verbose: boolean,
  dir: string,
  name: string,
): Promise<HeldOutScore> {
  let counts = emptyCounts();
  let asCurrent = 0;
  for (const gf of heldOutFiles(dir)) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, gf), 'utf8')) as HeldOutGold;
    const text = await readText(path.join(root, gold.file));
    const found = detectReport(text);
    const e = scoreEarlier(text, found.judgements, gold.earlier, (g) => g.area_key ?? null);
    const current = earlierAsCurrent(text, found.judgements, gold.earlier);
    const c = e.counts;
    log(`corpus ${name} ${gold.file}\n  earlier tp ${c.tp} fp ${c.fp} fn ${c.fn} as current ${current.length}`);
    if (verbose) {
      for (const x of e.misses) log(`    FN earlier ${x}`);
      for (const x of e.extras) log(`    FP earlier ${x}`);
      for (const g of current) log(`    EARLIER AS CURRENT ${g.grade} ${g.inspection}: ${g.quote.slice(0, 120)}`);
    }
    counts = addCounts(counts, c);
    asCurrent += current.length;
  }
  return { counts, asCurrent };
}

/** The first held-out set's counts (earlier-new unless `dir` is given), as `scoreHeldOut` counts them. */
export async function evalHeldOut(
  root: string,
  readText: (pdf: string) => Promise<string>,
  log: (line: string) => void,
  verbose: boolean,
  dir: string = HELD_OUT_DIR,
): Promise<Counts> {
  return (await scoreHeldOut(root, readText, log, verbose, dir, 'held out')).counts;
}
