// Measures and fitting for the recurring-recommendation matcher on labelled pairs (npm run eval:pairs).
import { scoreOfFeatures } from '../lib/compare/recommendation-matcher';

export interface ScoredPair {
  authority: string;
  same: boolean;
  features: number[];
}

export interface Model {
  weights: number[];
  bias: number;
  threshold: number;
}

export function measure(pairs: ScoredPair[], model: Model) {
  const hit = pairs.map((p) => scoreOfFeatures(p.features, model.weights, model.bias) >= model.threshold);
  const tp = pairs.filter((p, i) => p.same && hit[i]).length;
  const fp = pairs.filter((p, i) => !p.same && hit[i]).length;
  const fn = pairs.filter((p, i) => p.same && !hit[i]).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export const fmt = (m: ReturnType<typeof measure>) =>
  `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)} (tp ${m.tp} fp ${m.fp} fn ${m.fn})`;

/** Logistic regression by gradient descent with a small L2 penalty (the features are few and 0–1). */
export function fitWeights(pairs: ScoredPair[], steps = 4000, rate = 0.5, l2 = 0.002): { weights: number[]; bias: number } {
  const n = pairs[0]?.features.length ?? 0;
  const weights = new Array<number>(n).fill(0);
  let bias = 0;
  for (let s = 0; s < steps; s++) {
    const grad = new Array<number>(n).fill(0);
    let gb = 0;
    for (const p of pairs) {
      const err = scoreOfFeatures(p.features, weights, bias) - (p.same ? 1 : 0);
      p.features.forEach((f, i) => (grad[i]! += err * f));
      gb += err;
    }
    weights.forEach((w, i) => (weights[i] = w - rate * (grad[i]! / pairs.length + l2 * w)));
    bias -= (rate * gb) / pairs.length;
  }
  return { weights, bias };
}

/** The threshold for the target (precision 0.9 at recall 0.8): the lowest (most recall) whose
 * precision on these pairs is at least 0.9, else the one with the best F1; steps of 0.01. */
export function fitThreshold(pairs: ScoredPair[], weights: number[], bias: number): number {
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const m = measure(pairs, { weights, bias, threshold: t });
    if (process.env.PAIRS_POLICY !== 'f1' && m.precision >= 0.9 && m.tp > 0) return Math.round(t * 100) / 100;
    if (m.f1 > best.f1 + 1e-9) best = { t: Math.round(t * 100) / 100, f1: m.f1 };
  }
  return best.t;
}

/** Weights and threshold fitted on `pairs`. */
export function fitModel(pairs: ScoredPair[]): Model {
  const { weights, bias } = fitWeights(pairs);
  return { weights, bias, threshold: fitThreshold(pairs, weights, bias) };
}
