// Whether a later recommendation states the same aim as an earlier one: terms (recommendation-terms.ts)
// weighted by rarity across the corpus recommendations, compared as sets and as adjacent pairs
// (phrases), and the thesaurus concepts each names; a logistic model over these features, fitted on
// the labelled pairs (npm run eval:pairs -- --fit), turns them into a calibrated 0–1 likelihood.
// Terms are interned as numbers and kept sorted, so one comparison is a merge of short arrays: an
// authority's 360 recommendations compare with one another in a few tens of milliseconds.
import calibration from './match-calibration.json';
import table from './recommendation-terms-idf.json';
import { termsOf } from './recommendation-terms';

const IDF: Record<string, number> = table.idf;
/** A term seen in fewer than two corpus recommendations is as rare as can be. */
const RARE = Math.log(table.documents);
const ids = new Map<string, number>();
const intern = (t: string) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1);

/** A recommendation prepared once for many comparisons: term ids sorted, with their weights. */
export interface PreparedRecommendation {
  terms: Int32Array;
  weights: Float64Array;
  /** 1 for a thesaurus concept, 2 for a group of children, 0 for a word; aligned with `terms` */
  kinds: Uint8Array;
  total: number;
  conceptTotal: number;
  groups: number;
  phrases: Int32Array;
}

const prepared = new Map<string, PreparedRecommendation>();

/** Prepares a wording for `matchScore` (remembered: a panel compares the same wordings on every render). */
export function prepareRecommendation(quote: string): PreparedRecommendation {
  let p = prepared.get(quote);
  if (!p) {
    if (prepared.size >= 5000) prepared.clear();
    prepared.set(quote, (p = prepare(quote)));
  }
  return p;
}

function prepare(quote: string): PreparedRecommendation {
  const list = termsOf(quote);
  const unique = [...new Set(list)].map((t) => ({ id: intern(t), t })).sort((x, y) => x.id - y.id);
  const kinds = Uint8Array.from(unique, ({ t }) => (t.startsWith('#') ? 1 : t.startsWith('@') ? 2 : 0));
  const weights = Float64Array.from(unique, ({ t }) => IDF[t] ?? RARE);
  let total = 0;
  let conceptTotal = 0;
  weights.forEach((w, i) => ((total += w), (conceptTotal += kinds[i] === 1 ? w : 0)));
  const phrases = Int32Array.from(new Set(list.slice(1).map((t, i) => intern(`${list[i]} ${t}`)))).sort();
  const groups = kinds.filter((k) => k === 2).length;
  return { terms: Int32Array.from(unique, ({ id }) => id), weights, kinds, total, conceptTotal, groups, phrases };
}

/** What two preparations share, written by `share` (kept in one place to spare an allocation per pair). */
const common = { shared: 0, concepts: 0, groups: 0 };

/** Shared weight, shared concept weight and shared groups of two preparations (a sorted merge). */
function share(a: PreparedRecommendation, b: PreparedRecommendation): typeof common {
  let i = 0;
  let j = 0;
  common.shared = common.concepts = common.groups = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const w = a.weights[i]!;
      common.shared += w;
      if (a.kinds[i] === 1) common.concepts += w;
      else if (a.kinds[i] === 2) common.groups++;
      i++;
      j++;
    }
  }
  return common;
}

function sharedPhrases(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** The features the model weighs, each 0–1: containment of the shorter wording, overlap (Jaccard),
 * shared concepts over the larger concept weight, concepts on both sides but none shared, shared
 * phrases, how much rare wording is shared (absolute), groups of children on both sides but none
 * shared, and shared concepts over the smaller concept weight (a list that names the other's
 * concepts: "missing, exploitation and private fostering" names "private fostering"). */
export function matchFeatures(a: PreparedRecommendation, b: PreparedRecommendation): number[] {
  if (a.total === 0 || b.total === 0) return [0, 0, 0, 0, 0, 0, 0, 0];
  const { shared, concepts, groups } = share(a, b);
  const both = a.conceptTotal > 0 && b.conceptTotal > 0;
  return [
    shared / Math.min(a.total, b.total),
    shared / (a.total + b.total - shared),
    both ? concepts / Math.max(a.conceptTotal, b.conceptTotal) : 0,
    both && concepts === 0 ? 1 : 0,
    Math.min(1, sharedPhrases(a.phrases, b.phrases) / 2),
    Math.min(1, shared / 12),
    a.groups > 0 && b.groups > 0 && groups === 0 ? 1 : 0,
    both ? concepts / Math.min(a.conceptTotal, b.conceptTotal) : 0,
  ];
}

/** The model's likelihood for given features (logistic; weights from match-calibration.json). */
export function scoreOfFeatures(features: number[], weights = calibration.weights, bias = calibration.bias): number {
  let z = bias;
  for (let i = 0; i < features.length; i++) z += features[i]! * (weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

const [W0, W1, W2, W3, W4, W5, W6, W7] = calibration.weights as [number, number, number, number, number, number, number, number];
const BIAS = calibration.bias;

/** 0–1: how likely the two wordings state the same aim (calibrated on the labelled pairs). The same
 * sum as `scoreOfFeatures(matchFeatures(a, b))`, without building the feature list (the hot path). */
export function matchScore(a: PreparedRecommendation, b: PreparedRecommendation): number {
  if (a.total === 0 || b.total === 0) return 1 / (1 + Math.exp(-BIAS));
  const { shared, concepts, groups } = share(a, b);
  const both = a.conceptTotal > 0 && b.conceptTotal > 0;
  let z = BIAS + (W0 * shared) / Math.min(a.total, b.total) + (W1 * shared) / (a.total + b.total - shared);
  if (both)
    z +=
      concepts === 0
        ? W3
        : (W2 * concepts) / Math.max(a.conceptTotal, b.conceptTotal) + (W7 * concepts) / Math.min(a.conceptTotal, b.conceptTotal);
  if (shared > 0) z += W4 * Math.min(1, sharedPhrases(a.phrases, b.phrases) / 2) + W5 * Math.min(1, shared / 12);
  if (a.groups > 0 && b.groups > 0 && groups === 0) z += W6;
  return 1 / (1 + Math.exp(-z));
}

/** The highest score a pair sharing no term can have (concepts and groups on both sides, none
 * shared): the links leave such pairs unscored when this is below the threshold. */
export const SCORE_WITHOUT_SHARED_TERMS: number = 1 / (1 + Math.exp(-(BIAS + Math.max(0, W3) + Math.max(0, W6))));

/** Scores at or above this are suggested as the same aim (chosen by npm run eval:pairs -- --fit). */
export const MATCH_THRESHOLD: number = calibration.threshold;
