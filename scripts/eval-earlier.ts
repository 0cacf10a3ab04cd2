// Scoring of earlier-inspection judgements (issue 10): a labelled earlier grade is found when a
// detected judgement with a non-null inspection has its area, grade and date and overlaps its quote.
import type { JudgementMention } from '../lib/model/findings';
import { normaliseGrade } from '../lib/detect/grades';
import type { Counts, Span } from './eval-score';

export interface EarlierGold {
  quote: string;
  area_key?: string;
  grade: string;
  inspection: string;
  /** offset of the quote when the gold gives it (paper set); else found white-space-insensitively */
  offset?: number;
}

const foldDate = (d: string) => d.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();

/** Where `quote` is in `text`, matching any run of white space to any other. */
export function findLoose(text: string, quote: string): Span | null {
  const words = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+')).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Recall with the date right, and precision over every detected earlier grade. */
export function scoreEarlier(
  text: string,
  found: JudgementMention[],
  gold: EarlierGold[],
  areaOf: (g: EarlierGold) => string | null,
): { counts: Counts; misses: string[]; extras: string[] } {
  const detected = found.filter((j) => j.inspection !== null);
  const spans = gold.map((g) =>
    g.offset !== undefined ? { start: g.offset, end: g.offset + g.quote.length } : findLoose(text, g.quote),
  );
  const matches = (d: JudgementMention, g: EarlierGold, s: Span | null) =>
    !!s &&
    d.start < s.end &&
    s.start < d.end &&
    normaliseGrade(d.grade) === normaliseGrade(g.grade) &&
    foldDate(d.inspection!) === foldDate(g.inspection) &&
    (areaOf(g) === null || areaOf(g) === d.areaKey);
  const misses: string[] = [];
  let tp = 0;
  gold.forEach((g, i) => {
    if (detected.some((d) => matches(d, g, spans[i]!))) tp++;
    else misses.push(`${areaOf(g) ?? g.quote.slice(0, 30)}|${g.grade}|${g.inspection}: ${g.quote.slice(0, 120)}`);
  });
  const extras = detected
    .filter((d) => !gold.some((g, i) => matches(d, g, spans[i]!)))
    .map((d) => `${d.areaKey}|${d.grade}|${d.inspection}: ${d.quote.replace(/\s+/g, ' ').slice(0, 120)}`);
  return { counts: { tp, fp: extras.length, fn: gold.length - tp }, misses, extras };
}
