// npm run eval [-- --verbose] [-- --peer]: scores the detector on ../shared/eval (span mode) and on
// the labelled sample of ../shared/corpus/ofsted (set mode); --peer compares all corpus PDFs with
// the manifest's peer_* grades.
import fs from 'node:fs';
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import type { Findings } from '../lib/model/findings';
import { readInputText } from './read-input';
import {
  addCounts,
  emptyCounts,
  normaliseText,
  prf,
  scoreJudgementSpans,
  scoreRecommendationSpans,
  scoreSets,
  type Counts,
} from './eval-score';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../shared');
const verbose = process.argv.includes('--verbose');

const fmt = (c: Counts) => {
  const s = prf(c);
  return `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};

interface SeedGold {
  judgements: { quote: string; grade: string; offset?: number }[];
  recommendations: { quote: string; offset?: number }[];
}

function evalSeeds(): { judgements: Counts; recommendations: Counts } {
  const dir = path.join(SHARED, 'eval');
  let judgements = emptyCounts();
  let recommendations = emptyCounts();
  for (const file of fs
    .readdirSync(path.join(dir, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, 'seeds', file), 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', file.replace(/\.txt$/, '.json')), 'utf8')) as SeedGold;
    const span = (e: { quote: string; offset?: number }) => {
      const start = e.offset ?? text.indexOf(e.quote);
      return { start, end: start + e.quote.length };
    };
    const found = detectReport(text);
    const j = scoreJudgementSpans(
      found.judgements,
      gold.judgements.map((g) => ({ ...span(g), grade: g.grade })),
    );
    const r = scoreRecommendationSpans(found.recommendations, gold.recommendations.map(span));
    console.log(`seed ${file}\n  judgements      ${fmt(j)}\n  recommendations ${fmt(r)}`);
    if (verbose) printSeedMisses(found, gold, span);
    judgements = addCounts(judgements, j);
    recommendations = addCounts(recommendations, r);
  }
  return { judgements, recommendations };
}

function printSeedMisses(
  found: Findings,
  gold: SeedGold,
  span: (e: { quote: string; offset?: number }) => { start: number; end: number },
): void {
  const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const d of found.judgements)
    if (!gold.judgements.some((g) => ov(d, span(g))))
      console.log(`    FP j [${d.ruleId}] ${d.grade}: ${JSON.stringify(d.quote.slice(0, 140))}`);
  for (const g of gold.judgements)
    if (!found.judgements.some((d) => ov(d, span(g))))
      console.log(`    FN j ${g.grade}: ${JSON.stringify(g.quote.slice(0, 140))}`);
  for (const d of found.recommendations)
    if (!gold.recommendations.some((g) => ov(d, span(g))))
      console.log(`    FP r [${d.ruleId}]: ${JSON.stringify(d.quote.slice(0, 140))}`);
  for (const g of gold.recommendations)
    if (!found.recommendations.some((d) => ov(d, span(g)))) console.log(`    FN r: ${JSON.stringify(g.quote.slice(0, 140))}`);
}

interface CorpusGold {
  file: string;
  framework: string;
  judgements: { area_key: string; grade: string }[];
  recommendations: { text: string; section?: string }[];
}

async function evalCorpus(): Promise<{ judgements: Counts; recommendations: Counts }> {
  const root = path.join(SHARED, 'corpus', 'ofsted');
  let judgements = emptyCounts();
  let recommendations = emptyCounts();
  const goldFiles = fs
    .readdirSync(path.join(root, 'gold'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const gf of goldFiles) {
    const gold = JSON.parse(fs.readFileSync(path.join(root, 'gold', gf), 'utf8')) as CorpusGold;
    const found = detectReport(await readInputText(path.join(root, gold.file)));
    const own = found.judgements.filter((j) => j.inspection === null);
    const jd = own.map((j) => `${j.areaKey}|${j.grade}`);
    const jg = gold.judgements.map((j) => `${j.area_key}|${j.grade}`);
    const rd = found.recommendations.map((r) => normaliseText(r.quote));
    const rg = gold.recommendations.map((r) => normaliseText(r.text));
    const j = scoreSets(jd, jg);
    const r = scoreSets(rd, rg);
    console.log(`corpus ${gold.file} [${gold.framework}]\n  judgements      ${fmt(j)}\n  recommendations ${fmt(r)}`);
    if (verbose) {
      for (const x of new Set(jd)) if (!jg.includes(x)) console.log(`    FP j ${x}`);
      for (const x of jg) if (!jd.includes(x)) console.log(`    FN j ${x}`);
      for (const x of new Set(rd)) if (!rg.includes(x)) console.log(`    FP r ${x.slice(0, 160)}`);
      for (const x of rg) if (!rd.includes(x)) console.log(`    FN r ${x.slice(0, 160)}`);
    }
    judgements = addCounts(judgements, j);
    recommendations = addCounts(recommendations, r);
  }
  return { judgements, recommendations };
}

async function main(): Promise<void> {
  if (!fs.existsSync(SHARED)) throw new Error(`shared data not found at ${SHARED} (set SHARED_DIR)`);
  const seeds = evalSeeds();
  const corpus = await evalCorpus();
  console.log('\nOVERALL');
  console.log(`seeds  judgements      ${fmt(seeds.judgements)}`);
  console.log(`seeds  recommendations ${fmt(seeds.recommendations)}`);
  console.log(`corpus judgements      ${fmt(corpus.judgements)}`);
  console.log(`corpus recommendations ${fmt(corpus.recommendations)}`);
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
