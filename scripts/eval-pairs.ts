// npm run eval:pairs: precision and recall of the recurring-recommendation matcher on the labelled
// pairs in tests/fixtures/compare/recommendation-pairs.json, across thresholds, and a two-fold check
// (threshold chosen on half the authorities, measured on the other half) against tuning to the set.
import fs from 'node:fs';
import path from 'node:path';
import { RECURRING_THRESHOLD } from '../lib/compare/recurring';
import { similarity, wordsOf } from '../lib/compare/similarity';

interface Pair {
  authority: string;
  a: string;
  b: string;
  same: boolean;
}

const file = path.resolve(import.meta.dirname, '../tests/fixtures/compare/recommendation-pairs.json');
const pairs = (JSON.parse(fs.readFileSync(file, 'utf8')) as { pairs: Pair[] }).pairs.map((p) => ({
  ...p,
  score: similarity(wordsOf(p.a), wordsOf(p.b)),
}));

function measure(set: typeof pairs, threshold: number) {
  const tp = set.filter((p) => p.same && p.score >= threshold).length;
  const fp = set.filter((p) => !p.same && p.score >= threshold).length;
  const fn = set.filter((p) => p.same && p.score < threshold).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const thresholds = Array.from({ length: 13 }, (_, i) => 0.2 + i * 0.025);
const best = (set: typeof pairs) => thresholds.reduce((a, b) => (measure(set, b).f1 > measure(set, a).f1 ? b : a));
const fmt = (m: ReturnType<typeof measure>) =>
  `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)} (tp ${m.tp} fp ${m.fp} fn ${m.fn})`;

console.log(`${pairs.length} labelled pairs, ${pairs.filter((p) => p.same).length} same`);
for (const t of thresholds)
  console.log(`  threshold ${t.toFixed(3)}  ${fmt(measure(pairs, t))}${t === RECURRING_THRESHOLD ? '   ← used' : ''}`);
const authorities = [...new Set(pairs.map((p) => p.authority))].sort();
const foldA = pairs.filter((p) => authorities.indexOf(p.authority) % 2 === 0);
const foldB = pairs.filter((p) => authorities.indexOf(p.authority) % 2 === 1);
const tA = best(foldA);
const tB = best(foldB);
console.log(`two-fold by authority: chosen on A ${tA.toFixed(3)} → on B ${fmt(measure(foldB, tA))}`);
console.log(`                       chosen on B ${tB.toFixed(3)} → on A ${fmt(measure(foldA, tB))}`);
console.log(`used threshold ${RECURRING_THRESHOLD}: ${fmt(measure(pairs, RECURRING_THRESHOLD))}`);
