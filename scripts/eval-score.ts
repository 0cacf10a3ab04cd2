// Scoring for npm run eval: span mode (eval/GUIDELINES.md) and set mode (corpus gold labels).
import { normaliseGrade } from '../lib/detect/grades';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Span {
  start: number;
  end: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Precision, recall and F1; an empty side scores 1 so a correct "nothing here" is perfect. */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const found = c.tp + c.fn === 0 ? 1 : (c.tp + c.fn - c.fn) / (c.tp + c.fn);
  const f1 = precision + found === 0 ? 0 : (2 * precision * found) / (precision + found);
  return { precision, recall: found, f1 };
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Judgements: a detection is right when it overlaps a gold mention of the same grade. */
export function scoreJudgementSpans(detected: (Span & { grade: string })[], gold: (Span & { grade: string })[]): Counts {
  const same = (d: { grade: string }, g: { grade: string }) => normaliseGrade(d.grade) === normaliseGrade(g.grade);
  const tpDetected = detected.filter((d) => gold.some((g) => same(d, g) && overlap(d, g) > 0)).length;
  const found = gold.filter((g) => detected.some((d) => same(d, g) && overlap(d, g) > 0)).length;
  return { tp: found, fp: detected.length - tpDetected, fn: gold.length - found };
}

/** Recommendations: a gold item is found when one detection covers 80% of its characters. */
export function scoreRecommendationSpans(detected: Span[], gold: Span[]): Counts {
  const covers = (d: Span, g: Span) => overlap(d, g) >= 0.8 * (g.end - g.start);
  const found = gold.filter((g) => detected.some((d) => covers(d, g))).length;
  const right = detected.filter((d) => gold.some((g) => covers(d, g) || overlap(d, g) >= 0.8 * (d.end - d.start))).length;
  return { tp: found, fp: detected.length - right, fn: gold.length - found };
}

/**
 * Text of a recommendation compared across layouts: case, quotes, dashes and spacing folded, and a
 * word hyphenated over a line break read as one word whichever way the converter joined it
 * ("decision- making", pdftotext's "decisionmaking").
 */
export function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .replace(/(?<=\w)-\s+(?=\w)/g, '')
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s•◼▪■●*-]+|[\s.;,]+$/g, '')
    .trim();
}

/** Set mode: counts items equal after `key`. */
export function scoreSets(detected: string[], gold: string[]): Counts {
  const d = new Set(detected);
  const g = new Set(gold);
  const tp = [...g].filter((x) => d.has(x)).length;
  return { tp, fp: d.size - tp, fn: g.size - tp };
}
