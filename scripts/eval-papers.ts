// Span-mode scoring on the paper set (eval/papers, labelled like the shared seeds): judgement
// mentions, recommendations (with their source), earlier-inspection grades with the date right,
// and whether the document's `discusses` names the labelled framework family and year.
import fs from 'node:fs';
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import type { Findings } from '../lib/model/findings';
import { addCounts, emptyCounts, scoreJudgementSpans, scoreRecommendationSpans, type Counts, type Span } from './eval-score';
import { scoreEarlier } from './eval-earlier';
import { normaliseGrade } from '../lib/detect/grades';
import { fmtCounts } from './eval-corpus';

interface PaperGold {
  judgements: { quote: string; grade: string; inspection: string | null; offset: number }[];
  recommendations: { quote: string; source: string; offset: number }[];
}

export interface PaperScores {
  judgements: Counts;
  recommendations: Counts;
  sources: Counts;
  earlier: Counts;
  /** labelled earlier grades found only as this inspection's (same grade, overlapping, inspection null) */
  earlierAsCurrent: number;
  /** labelled earlier grades with any current finding of the same grade over them, even when an
   * earlier one is found too: the reader then sees that old grade as this inspection's as well */
  earlierAlsoCurrent: number;
}

const span = (g: { quote: string; offset: number }): Span => ({ start: g.offset, end: g.offset + g.quote.length });

function printMisses(log: (l: string) => void, found: Findings, gold: PaperGold): void {
  const ov = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  for (const d of found.judgements)
    if (!gold.judgements.some((g) => ov(d, span(g))))
      log(`    FP j [${d.ruleId}] ${d.grade} ${d.inspection ?? ''}: ${JSON.stringify(d.quote.slice(0, 120))}`);
  for (const g of gold.judgements)
    if (!found.judgements.some((d) => ov(d, span(g))))
      log(`    FN j ${g.grade} ${g.inspection ?? ''}: ${JSON.stringify(g.quote.slice(0, 120))}`);
  for (const d of found.recommendations)
    if (!gold.recommendations.some((g) => ov(d, span(g)))) log(`    FP r ${d.source}: ${JSON.stringify(d.quote.slice(0, 120))}`);
  for (const g of gold.recommendations)
    if (!found.recommendations.some((d) => ov(d, span(g)))) log(`    FN r ${g.source}: ${JSON.stringify(g.quote.slice(0, 120))}`);
}

/**
 * A part of the paper set: the tuning half, the held-out half, the fifth session's set (`new`, split
 * again below), or the set gathered in the sixth session (`fresh`: labelled before any rule ran on it,
 * held out whole and never tuned on), or the seventh session's two batches, each labelled before any rule
 * ran on it and gathered from different authorities: `fresh2-dev` (rules may be tuned on it) and
 * `fresh2-check` (held out); the eighth session's two batches, gathered the same way (`fresh3-dev`,
 * `fresh3-check`); the ninth session's batch (`fresh4`), labelled before any rule ran on it from
 * authorities no earlier document is about; the tenth session's batch (`fresh5`), labelled by hand
 * before any rule ran on it from the authorities with the fewest earlier documents (tuning data from the
 * eleventh session on); the eleventh session's batch (`fresh6`), gathered and labelled the same way
 * (tuning data from the twelfth session on); and the twelfth session's batch (`fresh7`), gathered and
 * labelled the same way, held out whole.
 */
export const PAPER_HALVES = [
  'dev',
  'check',
  'new',
  'fresh',
  'fresh2-dev',
  'fresh2-check',
  'fresh3-dev',
  'fresh3-check',
  'fresh4',
  'fresh5',
  'fresh6',
  'fresh7',
] as const;
export type PaperHalf = (typeof PAPER_HALVES)[number];

/** The batch held out now (eval/papers/README.md): scored, never printed document by document, so that tuning
 * with --verbose cannot read its misses. Its summary lines are the measure. */
export const HELD_OUT_HALVES: readonly PaperHalf[] = ['fresh7'];

/** The parts a run can score (`--papers-half=`): a half, one half of the `new` or `fresh` set (`-dev` for
 * tuning, `-check` held out), or both batches of the seventh or eighth session (`fresh2`, `fresh3`). */
export const PAPER_PARTS = [...PAPER_HALVES, 'new-dev', 'new-check', 'fresh-dev', 'fresh-check', 'fresh2', 'fresh3'] as const;
export type PaperPart = (typeof PAPER_PARTS)[number];

/** Authority part of a paper's file name (`<authority>-<year>-<kind>.txt`). */
const authorityOf = (file: string): string => file.replace(/-\d{4}-.*$/, '');

/**
 * Which half of the paper set a file falls in when the set is split by authority, so that rules tuned
 * on one half are scored on authorities they never saw. A gold file may fix its half (`"half":
 * "check"`: papers added after the rules were written are kept in the held-out half; `"half": "new"`
 * and `"half": "fresh"`: sets labelled before any rule ran on them); the other authorities,
 * in name order, fall alternately in `dev` and `check`, so a fixed file never shifts that split. Every
 * document of one authority falls in the same half. `fixed` maps file names to the half their gold
 * file names.
 */
export function paperHalf(file: string, all: string[], fixed: Map<string, PaperHalf> = new Map()): PaperHalf {
  const own = fixed.get(file);
  if (own) return own;
  const authorities = [...new Set(all.filter((f) => !fixed.has(f)).map(authorityOf))].sort();
  return authorities.indexOf(authorityOf(file)) % 2 === 0 ? 'dev' : 'check';
}

/**
 * The half of a labelled-first set (`new` or `fresh`) a file of it falls in: its authorities in name
 * order, alternately `dev` (rules may be tuned on them) and `check` (held out), so that the set's
 * first-contact figures stay on record and tuning is still scored on authorities it never saw.
 */
export function setHalf(file: string, setFiles: string[]): 'dev' | 'check' {
  const authorities = [...new Set(setFiles.map(authorityOf))].sort();
  return authorities.indexOf(authorityOf(file)) % 2 === 0 ? 'dev' : 'check';
}

/** The half of the `new` set a file of it falls in (see `setHalf`). */
export const newSetHalf = (file: string, newFiles: string[]): 'new-dev' | 'new-check' =>
  setHalf(file, newFiles) === 'dev' ? 'new-dev' : 'new-check';

/** Whether `file` belongs to `part` of the set. */
export function inPart(file: string, part: PaperPart, all: string[], fixed: Map<string, PaperHalf>): boolean {
  const half = paperHalf(file, all, fixed);
  if (part === 'fresh2' || part === 'fresh3') return half === `${part}-dev` || half === `${part}-check`;
  const split = /^(new|fresh)-(dev|check)$/.exec(part);
  if (!split) return half === part;
  const set = split[1] as 'new' | 'fresh';
  return (
    half === set &&
    setHalf(
      file,
      all.filter((f) => fixed.get(f) === set),
    ) === split[2]
  );
}

/** Halves fixed by the gold files themselves (`half` field of `dir/gold/<name>.json`). */
export function fixedHalves(dir: string, files: string[]): Map<string, PaperHalf> {
  const out = new Map<string, PaperHalf>();
  for (const f of files) {
    const goldFile = path.join(dir, 'gold', f.replace(/\.txt$/, '.json'));
    if (!fs.existsSync(goldFile)) continue;
    const half = (JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { half?: string }).half;
    if (PAPER_HALVES.includes(half as PaperHalf)) out.set(f, half as PaperHalf);
  }
  return out;
}

/**
 * Scores every labelled paper in `dir` (texts) with labels in `dir/gold`; `half` keeps only one part
 * of the set (see `paperHalf`); null scores the whole set. Each document's scores (and with `verbose` its
 * misses) go to `log`, except a held-out document's (HELD_OUT_HALVES), which counts in the totals only.
 */
export function evalPapers(
  dir: string,
  logAll: (l: string) => void,
  verbose: boolean,
  half: PaperPart | null = null,
): PaperScores | null {
  if (!fs.existsSync(path.join(dir, 'gold'))) return null;
  const out: PaperScores = {
    judgements: emptyCounts(),
    recommendations: emptyCounts(),
    sources: emptyCounts(),
    earlier: emptyCounts(),
    earlierAsCurrent: 0,
    earlierAlsoCurrent: 0,
  };
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const fixed = fixedHalves(dir, files);
  for (const file of files.filter((f) => half === null || inPart(f, half, files, fixed))) {
    const goldFile = path.join(dir, 'gold', file.replace(/\.txt$/, '.json'));
    if (!fs.existsSync(goldFile)) continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as PaperGold;
    const found = detectReport(text);
    const j = scoreJudgementSpans(
      found.judgements,
      gold.judgements.map((g) => ({ ...span(g), grade: g.grade })),
    );
    const r = scoreRecommendationSpans(found.recommendations, gold.recommendations.map(span));
    const covers = (d: Span, g: Span) => Math.min(d.end, g.end) - Math.max(d.start, g.start) >= 0.8 * (g.end - g.start);
    const rightSource = gold.recommendations.filter((g) =>
      found.recommendations.some((d) => covers(d, span(g)) && d.source === g.source),
    ).length;
    const s = { tp: rightSource, fp: 0, fn: gold.recommendations.length - rightSource };
    const earlierGold = gold.judgements.filter((g) => g.inspection !== null).map((g) => ({ ...g, inspection: g.inspection! }));
    const e = scoreEarlier(text, found.judgements, earlierGold, () => null);
    const held = HELD_OUT_HALVES.includes(fixed.get(file) as PaperHalf);
    const log = held ? () => {} : logAll;
    log(`paper ${file}\n  judgements ${fmtCounts(j)}  recommendations ${fmtCounts(r)}  earlier ${fmtCounts(e.counts)}`);
    if (verbose) {
      printMisses(log, found, gold);
      for (const x of e.misses) log(`    FN earlier ${x}`);
      for (const x of e.extras) log(`    FP earlier ${x}`);
    }
    out.judgements = addCounts(out.judgements, j);
    out.recommendations = addCounts(out.recommendations, r);
    out.sources = addCounts(out.sources, s);
    out.earlier = addCounts(out.earlier, e.counts);
    const over = (g: (typeof earlierGold)[number]) =>
      found.judgements.filter(
        (d) => d.start < g.offset + g.quote.length && g.offset < d.end && normaliseGrade(d.grade) === normaliseGrade(g.grade),
      );
    const asCurrent = earlierGold.filter((g) => over(g).length > 0 && over(g).every((d) => d.inspection === null));
    const alsoCurrent = earlierGold.filter((g) => over(g).some((d) => d.inspection === null));
    if (verbose) {
      for (const g of asCurrent)
        log(`    EARLIER AS CURRENT ${g.grade} ${g.inspection}: ${JSON.stringify(g.quote.slice(0, 120))}`);
      for (const g of alsoCurrent.filter((x) => !asCurrent.includes(x)))
        log(`    EARLIER ALSO AS CURRENT ${g.grade} ${g.inspection}: ${JSON.stringify(g.quote.slice(0, 120))}`);
    }
    out.earlierAsCurrent += asCurrent.length;
    out.earlierAlsoCurrent += alsoCurrent.length;
  }
  return out;
}
