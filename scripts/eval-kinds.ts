// npm run eval:kinds [-- --verbose]: scores the detector on hand-labelled school reports and visit
// letters (tests/fixtures/real-kinds/gold, see its README): the document kind, the judgement set
// (area key, grade, this inspection or an earlier one), earlier grades taken as current, and the
// recommendations (matched one to one by their opening words). Real and invented documents are
// reported apart.
import fs from 'node:fs';
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import { addCounts, emptyCounts, prf, type Counts } from './eval-score';

const FIXTURES = path.resolve(import.meta.dirname, '../tests/fixtures');
const GOLD = path.join(FIXTURES, 'real-kinds', 'gold');
const verbose = process.argv.includes('--verbose');

interface KindGold {
  file: string;
  real: boolean;
  kind: string | null;
  /** the authority the document belongs to, where labelled */
  authority?: string;
  era: string;
  source: string;
  judgements: string[];
  recommendations: string[];
}

interface Tally {
  docs: number;
  kind: [number, number];
  authority: [number, number];
  grades: Counts;
  previousAsCurrent: number;
  recommendations: Counts;
}

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const emptyTally = (): Tally => ({ docs: 0, kind: [0, 0], authority: [0, 0], grades: emptyCounts(), previousAsCurrent: 0, recommendations: emptyCounts() });

/** "area|grade|this" or, where the label's area is "*", "grade|this" (visit letters cite an area loosely). */
function keys(found: ReturnType<typeof detectReport>, labels: string[]): Set<string> {
  const loose = labels.some((l) => l.startsWith('*|'));
  return new Set(found.judgements.map((j) => `${loose ? '*' : j.areaKey}|${j.grade}|${j.inspection ? 'previous' : 'this'}`));
}

function setCounts(found: Set<string>, labels: Set<string>): Counts {
  const tp = [...found].filter((k) => labels.has(k)).length;
  return { tp, fp: found.size - tp, fn: labels.size - tp };
}

/** Earlier grades reported as this inspection's: a found current key whose earlier twin is labelled and which is not itself labelled. */
function previousAsCurrent(found: Set<string>, labels: Set<string>): number {
  return [...found].filter((k) => k.endsWith('|this') && !labels.has(k) && labels.has(k.replace(/\|this$/, '|previous'))).length;
}

function recommendationCounts(quotes: string[], labels: string[]): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const q of quotes) {
    const j = labels.findIndex((l, k) => !used.has(k) && norm(q).startsWith(norm(l)));
    if (j >= 0) {
      used.add(j);
      tp++;
    }
  }
  return { tp, fp: quotes.length - tp, fn: labels.length - tp };
}

const group = (g: KindGold) => `${g.file.includes('school-news') ? 'news on school reports' : g.file.includes('school') ? 'school reports' : g.file.includes('provider') ? 'provider reports' : g.file.includes('paper') ? 'papers on other inspectorates' : 'visit letters'} (${g.real ? 'real' : 'invented'})`;
const fmt = (c: Counts) => {
  const s = prf(c);
  return `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};

/** Scores every labelled document; returns the tallies by group. */
export function evalKinds(log: (line: string) => void): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const name of fs.readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD, name), 'utf8')) as KindGold;
    const found = detectReport(fs.readFileSync(path.join(FIXTURES, gold.file), 'utf8'));
    const t = tallies.get(group(gold)) ?? emptyTally();
    tallies.set(group(gold), t);
    const labels = new Set(gold.judgements);
    const got = keys(found, gold.judgements);
    t.docs++;
    if (gold.kind) t.kind = [t.kind[0] + (found.document.kind === gold.kind ? 1 : 0), t.kind[1] + 1];
    if (gold.authority) t.authority = [t.authority[0] + (found.document.authority === gold.authority ? 1 : 0), t.authority[1] + 1];
    t.grades = addCounts(t.grades, setCounts(got, labels));
    t.previousAsCurrent += previousAsCurrent(got, labels);
    t.recommendations = addCounts(t.recommendations, recommendationCounts(found.recommendations.map((r) => r.quote), gold.recommendations));
    if (verbose) {
      log(`${name}: kind ${found.document.kind} (label ${gold.kind ?? '-'})`);
      log(`  found ${[...got].sort().join(', ') || 'none'}`);
      log(`  label ${[...labels].sort().join(', ') || 'none'}`);
      log(`  recommendations ${found.recommendations.length} found, ${gold.recommendations.length} labelled`);
    }
  }
  return tallies;
}

const tallies = evalKinds(console.log);
for (const [name, t] of [...tallies].sort()) {
  console.log(`${name}: ${t.docs} documents`);
  console.log(`  kind right        ${t.kind[0]}/${t.kind[1]}`);
  if (t.authority[1]) console.log(`  authority right   ${t.authority[0]}/${t.authority[1]}`);
  console.log(`  grades set        ${fmt(t.grades)}`);
  console.log(`  earlier as current ${t.previousAsCurrent}`);
  console.log(`  recommendations   ${fmt(t.recommendations)}`);
}
