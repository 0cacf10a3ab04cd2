// npm run eval [-- --verbose] [-- --pdftotext]: scores the detector on ../shared/eval (span mode), on
// the labelled sample of ../shared/corpus/ofsted (set mode, with earlier-inspection grades and
// conflicting current grades reported apart), mention recall over every labelled restatement in a
// sample of those PDFs (tests/fixtures/gold/mentions), earlier grades in the held-out corpus PDFs
// (tests/fixtures/gold/earlier-new: first contact P 0.929 R 0.650, tuned on since; tests/fixtures/gold/earlier-fresh:
// never tuned on), and on the paper set in eval/papers (span mode);
// --pdftotext scores the corpus sample again on pdftotext's text (default and -layout); --fresh-details prints
// the fresh set's per-file lines and misses (only for checking its labels, never while changing rules).
import fs from 'node:fs';
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import type { Findings } from '../lib/model/findings';
import { execFileSync } from 'node:child_process';
import { evalCorpus } from './eval-corpus';
import { evalPapers, PAPER_PARTS, type PaperScores } from './eval-papers';
import { evalMentions } from './eval-mentions';
import { evalHeldOut, FRESH_DIR, scoreHeldOut } from './eval-held-out';
import { readInputText } from './read-input';
import { addCounts, emptyCounts, prf, scoreJudgementSpans, scoreRecommendationSpans, type Counts } from './eval-score';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../shared');
const verbose = process.argv.includes('--verbose');
// --papers-only skips the seeds and the corpus; --papers-half=dev|check scores one half of the paper
// set split by authority (to report figures on authorities the rules were not tuned on); --papers-half=new
// scores the set gathered last ("half": "new" in its gold files); --papers-half=new-dev and new-check
// split that set by authority: rules are tuned on new-dev only, new-check stays held out; --papers-half=fresh
// scores the set gathered in the sixth session ("half": "fresh"); --papers-half=fresh-dev and fresh-check
// split it the same way (its first-contact figures were taken on the whole set before any split);
// --papers-half=fresh2-dev and fresh2-check score the seventh session's two batches (gold "half" fixes
// each file's batch; fresh2 scores both); fresh3-dev, fresh3-check and fresh3 the eighth session's;
// fresh4 the ninth session's batch; fresh5 the tenth session's; fresh6 the eleventh session's; fresh7 the twelfth session's held-out batch.
const papersOnly = process.argv.includes('--papers-only');
const halfArg = process.argv.find((a) => a.startsWith('--papers-half='))?.slice('--papers-half='.length);
const PARTS = PAPER_PARTS;
const half = PARTS.find((p) => p === halfArg) ?? null;
if (halfArg !== undefined && half === null)
  throw new Error(`--papers-half must be one of ${PARTS.join(', ')} (got "${halfArg}")`);

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

/** Text of a PDF as pdftotext gives it (the default reading order, or -layout). */
function pdftotext(layout: boolean): (pdf: string) => Promise<string> {
  return async (pdf) =>
    execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64e6 });
}

function printPapers(papers: PaperScores): void {
  const which = half ? ` (${half} half)` : '';
  console.log(`papers judgements      ${fmt(papers.judgements)}   (every mention, span mode)${which}`);
  console.log(`papers recommendations ${fmt(papers.recommendations)}`);
  console.log(`papers rec. source     ${fmt(papers.sources)}   (found with the right source)`);
  console.log(`papers earlier         ${fmt(papers.earlier)}   (earlier inspections: grade and date right)`);
  console.log(`papers earlier as current ${papers.earlierAsCurrent}   (labelled earlier grades found only as this inspection's)`);
  console.log(
    `papers earlier also as current ${papers.earlierAlsoCurrent}   (labelled earlier grades with a current finding over them, found as earlier too or not)`,
  );
}

async function main(): Promise<void> {
  if (!fs.existsSync(SHARED)) throw new Error(`shared data not found at ${SHARED} (set SHARED_DIR)`);
  const log = (line: string) => console.log(line);
  const papers = evalPapers(path.resolve(import.meta.dirname, '../eval/papers'), log, verbose, half);
  if (papersOnly) {
    if (papers) printPapers(papers);
    return;
  }
  const seeds = evalSeeds();
  const root = path.join(SHARED, 'corpus', 'ofsted');
  const corpus = await evalCorpus(root, readInputText, log, verbose);
  const mentions = await evalMentions(root, readInputText, log, verbose);
  const heldOut = await evalHeldOut(root, readInputText, log, verbose);
  // the fresh set prints only its total line, so tuning by --verbose never sees its misses
  const freshDetails = process.argv.includes('--fresh-details');
  const fresh = await scoreHeldOut(root, readInputText, freshDetails ? log : () => {}, freshDetails, FRESH_DIR, 'fresh held out');
  const converters = process.argv.includes('--pdftotext')
    ? [
        ['pdftotext', await evalCorpus(root, pdftotext(false), () => {}, false)] as const,
        ['pdftotext -layout', await evalCorpus(root, pdftotext(true), () => {}, false)] as const,
      ]
    : [];
  console.log('\nOVERALL');
  console.log(`seeds  judgements      ${fmt(seeds.judgements)}`);
  console.log(`seeds  recommendations ${fmt(seeds.recommendations)}`);
  console.log(`corpus judgements      ${fmt(corpus.judgements)}   (own inspection, set mode)`);
  console.log(`corpus recommendations ${fmt(corpus.recommendations)}`);
  console.log(`corpus earlier         ${fmt(corpus.earlier)}   (earlier inspections: area, grade and date right)`);
  const ho = prf(heldOut);
  console.log(
    `corpus earlier, held out: P ${ho.precision.toFixed(3)} R ${ho.recall.toFixed(3)} (tp ${heldOut.tp} fp ${heldOut.fp} fn ${heldOut.fn})   (tests/fixtures/gold/earlier-new: area, grade and date right; tuned on since first contact P 0.929 R 0.650, see its README)`,
  );
  const fr = prf(fresh.counts);
  console.log(
    `corpus earlier, fresh held out: P ${fr.precision.toFixed(3)} R ${fr.recall.toFixed(3)} (tp ${fresh.counts.tp} fp ${fresh.counts.fp} fn ${fresh.counts.fn}), earlier found only as current ${fresh.asCurrent}   (tests/fixtures/gold/earlier-fresh: area, grade and date right; never tuned on, see its README)`,
  );
  console.log(`corpus conflicts       ${corpus.conflicts.length} area(s) with two current grades (summary table kept)`);
  for (const c of corpus.conflicts) console.log(`  ${c}`);
  const recall = mentions.tp + mentions.fn === 0 ? 1 : mentions.tp / (mentions.tp + mentions.fn);
  console.log(
    `corpus mentions        R ${recall.toFixed(3)} (${mentions.tp} of ${mentions.tp + mentions.fn} labelled restatements found; tests/fixtures/gold/mentions)`,
  );
  if (papers) printPapers(papers);
  for (const [name, c] of converters) {
    console.log(
      `${name.padEnd(18)} judgements ${fmt(c.judgements)}  recommendations ${fmt(c.recommendations)}  earlier ${fmt(c.earlier)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
