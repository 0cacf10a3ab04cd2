// Recommendations that keep coming back: for each recommendation of the open report, the most similar
// one in each earlier report of the authority; and earlier ones that no later report raises again.
import type { CompareReport } from './history';
import { inspectionYearOf } from './history';
import { similarity, wordsOf } from './similarity';

/** Chosen on the labelled pairs (npm run eval:pairs): the best F1 there, and held up in a two-fold check. */
export const RECURRING_THRESHOLD = 0.325;

export interface EarlierMatch {
  reportId: string;
  year: string | null;
  index: number;
  quote: string;
  score: number;
}

/** For each recommendation of `current`, its best match in each earlier report, best first. */
export function findRecurring(
  current: CompareReport,
  earlier: CompareReport[],
  threshold = RECURRING_THRESHOLD,
): EarlierMatch[][] {
  const earlierWords = earlier.map((r) => r.recommendations.map((x) => wordsOf(x.quote)));
  return current.recommendations.map((rec) => {
    const words = wordsOf(rec.quote);
    const matches: EarlierMatch[] = [];
    earlier.forEach((report, k) => {
      let best: EarlierMatch | null = null;
      earlierWords[k]!.forEach((w, index) => {
        const score = similarity(words, w);
        if (score >= threshold && (!best || score > best.score))
          best = {
            reportId: report.id,
            year: inspectionYearOf(report),
            index,
            quote: report.recommendations[index]!.quote,
            score,
          };
      });
      if (best) matches.push(best);
    });
    return matches.sort((a, b) => (a.year ?? '').localeCompare(b.year ?? ''));
  });
}

export interface Unrepeated {
  reportId: string;
  year: string | null;
  index: number;
  quote: string;
}

/** Earlier recommendations that no later report raises again. */
export function notRaisedAgain(reports: CompareReport[], threshold = RECURRING_THRESHOLD): Unrepeated[] {
  const dated = [...reports].sort((a, b) => (inspectionYearOf(a) ?? '').localeCompare(inspectionYearOf(b) ?? ''));
  const words = dated.map((r) => r.recommendations.map((x) => wordsOf(x.quote)));
  const out: Unrepeated[] = [];
  dated.forEach((report, i) => {
    const later = words.slice(i + 1).flat();
    if (later.length === 0) return;
    report.recommendations.forEach((rec, index) => {
      if (!later.some((w) => similarity(words[i]![index]!, w) >= threshold))
        out.push({ reportId: report.id, year: inspectionYearOf(report), index, quote: rec.quote });
    });
  });
  return out;
}
