// Whether a later recommendation states the same aim as an earlier one.
import { similarity, wordsOf } from './similarity';

/** A recommendation prepared once for many comparisons. */
export interface PreparedRecommendation {
  words: Set<string>;
}

/** Prepares a wording for `matchScore`. */
export const prepareRecommendation = (quote: string): PreparedRecommendation => ({ words: wordsOf(quote) });

/** 0–1: how likely the two wordings state the same aim. */
export const matchScore = (a: PreparedRecommendation, b: PreparedRecommendation) => similarity(a.words, b.words);

/** Scores at or above this are suggested as the same aim (npm run eval:pairs). */
export const MATCH_THRESHOLD = 0.325;
