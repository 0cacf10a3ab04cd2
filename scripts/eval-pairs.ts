// npm run eval:pairs: precision and recall of the recurring-recommendation matcher on the labelled
// pairs in tests/fixtures/compare/recurring-pairs.json at the shipped threshold, and a two-fold check
// by authority (weights and threshold fitted on half the authorities, measured on the other half).
// `-- --fit` refits on every pair and writes lib/compare/match-calibration.json.
import fs from 'node:fs';
import path from 'node:path';
import calibration from '../lib/compare/match-calibration.json';
import { matchFeatures, prepareRecommendation } from '../lib/compare/recommendation-matcher';
import { fitModel, fmt, measure, type Model, type ScoredPair } from './pair-metrics';

interface Pair {
  authority: string;
  a: string;
  b: string;
  same: boolean;
}

const fixtures = path.resolve(import.meta.dirname, '../tests/fixtures/compare');
const load = (file: string): ScoredPair[] =>
  (JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8')) as { pairs: Pair[] }).pairs.map((p) => ({
    authority: p.authority,
    same: p.same,
    features: matchFeatures(prepareRecommendation(p.a), prepareRecommendation(p.b)),
  }));

const pairs = load('recurring-pairs.json');
const earlier = load('recommendation-pairs.json');
const authorities = [...new Set(pairs.map((p) => p.authority))].sort();
const ship: Model = process.argv.includes('--fit') ? fitModel(pairs) : calibration;
if (process.argv.includes('--fit')) {
  const out = path.resolve(import.meta.dirname, '../lib/compare/match-calibration.json');
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const lines = [
    `  "note": "written by npm run eval:pairs -- --fit",`,
    `  "weights": [${ship.weights.map(round).join(', ')}],`,
    `  "bias": ${round(ship.bias)},`,
    `  "threshold": ${ship.threshold}`,
  ];
  fs.writeFileSync(out, `{\n${lines.join('\n')}\n}\n`);
  console.log(`fitted on all ${pairs.length} pairs → ${out}`);
}

console.log(`${pairs.length} labelled pairs (${pairs.filter((p) => p.same).length} same) from ${authorities.length} authorities`);
console.log(`threshold ${ship.threshold}: ${fmt(measure(pairs, ship))}`);
console.log(`earlier 69-pair set at that threshold: ${fmt(measure(earlier, ship))}`);
const foldA = pairs.filter((p) => authorities.indexOf(p.authority) % 2 === 0);
const foldB = pairs.filter((p) => authorities.indexOf(p.authority) % 2 === 1);
const onA = fitModel(foldA);
const onB = fitModel(foldB);
console.log(`two-fold by authority (${foldA.length} / ${foldB.length} pairs):`);
console.log(`  fitted on A (threshold ${onA.threshold}) → on B ${fmt(measure(foldB, onA))}`);
console.log(`  fitted on B (threshold ${onB.threshold}) → on A ${fmt(measure(foldA, onB))}`);
const pooled = [...foldB.map((p) => ({ p, m: onA })), ...foldA.map((p) => ({ p, m: onB }))];
const tp = pooled.filter(({ p, m }) => p.same && measure([p], m).tp).length;
const fp = pooled.filter(({ p, m }) => !p.same && measure([p], m).fp).length;
const fn = pooled.filter(({ p }) => p.same).length - tp;
console.log(`  held-out pooled: P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`);
