// Which pairs of recommendations are worth scoring, and each scored once. A pair that shares no
// term (word, phrase concept or group of children) cannot reach the threshold whatever the
// calibration, as long as `SCORE_WITHOUT_SHARED_TERMS` stays below it; in an authority's history only
// about one pair in four shares a term, so an index from term to recommendations spares three scores
// in four.
import { matchScore, type PreparedRecommendation } from './recommendation-matcher';

interface Indexed {
  /** position among all items (0 … count − 1), in inspection order */
  n: number;
  inspection: number;
  prepared: PreparedRecommendation;
}

/** Finds, for one item, the items of earlier or later inspections sharing at least one term with it. */
export interface CandidateIndex<T extends Indexed> {
  /** in position order (as a full scan meets them, so ties break the same way) */
  sharing(item: T, side: 'earlier' | 'later'): T[];
}

/** Indexes `items` (all of a history's, in position order: items[k].n === k). Building is linear
 * in the terms; each query is linear in the postings of the item's terms. */
export function candidateIndex<T extends Indexed>(items: T[]): CandidateIndex<T> {
  const postings = new Map<number, T[]>();
  for (const item of items)
    for (const term of item.prepared.terms) {
      const list = postings.get(term);
      if (list) list.push(item);
      else postings.set(term, [item]);
    }
  const seen = new Int32Array(items.length);
  let query = 0;
  return {
    sharing(item, side) {
      const out: T[] = [];
      query++;
      const mark = (other: T) => {
        if (seen[other.n] !== query) {
          seen[other.n] = query;
          out.push(other);
        }
      };
      for (const term of item.prepared.terms) {
        const list = postings.get(term)!;
        // postings are in position order, so in inspection order: stop at the item's own inspection
        if (side === 'earlier') for (let k = 0; k < list.length && list[k]!.inspection < item.inspection; k++) mark(list[k]!);
        else for (let k = list.length - 1; k >= 0 && list[k]!.inspection > item.inspection; k--) mark(list[k]!);
      }
      return out.sort((x, y) => x.n - y.n);
    },
  };
}

/** Each pair is scored once: the link search and the closest-wording search share the scores. */
export type Scorer<T> = (a: T, b: T) => number;

/** A scorer for `count` items numbered 0 … count − 1 (`n`), remembering each pair's score. */
export function pairScorer<T extends { n: number; prepared: PreparedRecommendation }>(count: number): Scorer<T> {
  // A typed array (1 MB for 360 recommendations) is far cheaper than a Map here; past 2,000
  // recommendations (32 MB) pairs are simply scored twice.
  if (count > 2000) return (a, b) => matchScore(a.prepared, b.prepared);
  const memo = new Float64Array(count * count).fill(-1);
  return (a, b) => {
    const k = a.n * count + b.n;
    if (memo[k]! < 0) memo[k] = matchScore(a.prepared, b.prepared);
    return memo[k]!;
  };
}
