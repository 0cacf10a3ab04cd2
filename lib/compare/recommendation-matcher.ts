// Whether a later recommendation states the same aim as an earlier one: terms (recommendation-terms.ts)
// weighted by rarity across the corpus recommendations, compared as sets and as adjacent pairs
// (phrases), and the thesaurus concepts each names; a logistic model over these features, fitted on
// the labelled pairs (npm run eval:pairs -- --fit), turns them into a calibrated 0–1 likelihood.
import calibration from './match-calibration.json';
import table from './recommendation-terms-idf.json';
import { termsOf } from './recommendation-terms';

const IDF: Record<string, number> = table.idf;
/** A term seen in fewer than two corpus recommendations is as rare as can be. */
const RARE = Math.log(table.documents);
const weight = (t: string) => IDF[t] ?? RARE;

/** A recommendation prepared once for many comparisons. */
export interface PreparedRecommendation {
  terms: Set<string>;
  total: number;
  concepts: Set<string>;
  conceptTotal: number;
  groups: Set<string>;
  phrases: Set<string>;
}

/** Prepares a wording for `matchScore`. */
export function prepareRecommendation(quote: string): PreparedRecommendation {
  const list = termsOf(quote);
  const terms = new Set(list);
  const concepts = new Set(list.filter((t) => t.startsWith('#')));
  const groups = new Set(list.filter((t) => t.startsWith('@')));
  const phrases = new Set(list.slice(1).map((t, i) => `${list[i]} ${t}`));
  let total = 0;
  let conceptTotal = 0;
  for (const t of terms) total += weight(t);
  for (const c of concepts) conceptTotal += weight(c);
  return { terms, total, concepts, conceptTotal, groups, phrases };
}

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** The features the model weighs, each 0–1: containment of the shorter wording, overlap (Jaccard),
 * shared concepts over the larger concept weight, concepts on both sides but none shared, shared phrases, how
 * much rare wording is shared (absolute), and groups of children on both sides but none shared. */
export function matchFeatures(a: PreparedRecommendation, b: PreparedRecommendation): number[] {
  if (a.total === 0 || b.total === 0) return [0, 0, 0, 0, 0, 0, 0];
  let shared = 0;
  let sharedConcepts = 0;
  for (const t of a.terms) if (b.terms.has(t)) shared += weight(t);
  for (const c of a.concepts) if (b.concepts.has(c)) sharedConcepts += weight(c);
  let phrases = 0;
  for (const p of a.phrases) if (b.phrases.has(p)) phrases++;
  const both = a.conceptTotal > 0 && b.conceptTotal > 0;
  return [
    shared / Math.min(a.total, b.total),
    shared / (a.total + b.total - shared),
    both ? sharedConcepts / Math.max(a.conceptTotal, b.conceptTotal) : 0,
    both && sharedConcepts === 0 ? 1 : 0,
    Math.min(1, phrases / 2),
    Math.min(1, shared / 12),
    a.groups.size > 0 && b.groups.size > 0 && !overlaps(a.groups, b.groups) ? 1 : 0,
  ];
}

/** The model's likelihood for given features (logistic; weights from match-calibration.json). */
export function scoreOfFeatures(features: number[], weights = calibration.weights, bias = calibration.bias): number {
  let z = bias;
  features.forEach((f, i) => (z += f * (weights[i] ?? 0)));
  return 1 / (1 + Math.exp(-z));
}

/** 0–1: how likely the two wordings state the same aim (calibrated on the labelled pairs). */
export const matchScore = (a: PreparedRecommendation, b: PreparedRecommendation) => scoreOfFeatures(matchFeatures(a, b));

/** Scores at or above this are suggested as the same aim (chosen by npm run eval:pairs -- --fit). */
export const MATCH_THRESHOLD: number = calibration.threshold;
