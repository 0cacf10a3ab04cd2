// Set-mode scoring on the labelled corpus sample: own-inspection judgements and recommendations
// against the shared labels, earlier-inspection judgements against tests/fixtures/gold/earlier,
// and the areas whose own-inspection mentions disagreed. The text comes from any converter.
import fs from 'node:fs';
import path from 'node:path';
import { detectReportWithConflicts } from '../lib/detect/detect-report';
import { addCounts, emptyCounts, normaliseText, scoreSets, type Counts } from './eval-score';
import { scoreEarlier, type EarlierGold } from './eval-earlier';

interface CorpusGold {
  file: string;
  framework: string;
  judgements: { area_key: string; grade: string }[];
  recommendations: { text: string; section?: string }[];
}

export interface CorpusScores {
  judgements: Counts;
  recommendations: Counts;
  earlier: Counts;
  conflicts: string[];
}

const EARLIER_DIR = path.resolve(import.meta.dirname, '../tests/fixtures/gold/earlier');

/** Scores every labelled corpus PDF, reading its text with `readText`; `log` gets per-file lines. */
export async function evalCorpus(
  root: string,
  readText: (pdf: string) => Promise<string>,
  log: (line: string) => void,
  verbose: boolean,
): Promise<CorpusScores> {
  const out: CorpusScores = { judgements: emptyCounts(), recommendations: emptyCounts(), earlier: emptyCounts(), conflicts: [] };
  const goldFiles = fs
    .readdirSync(path.join(root, 'gold'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const gf of goldFiles) {
    const gold = JSON.parse(fs.readFileSync(path.join(root, 'gold', gf), 'utf8')) as CorpusGold;
    const text = await readText(path.join(root, gold.file));
    const { findings: found, conflicts } = detectReportWithConflicts(text);
    const jd = found.judgements.filter((j) => j.inspection === null).map((j) => `${j.areaKey}|${j.grade}`);
    const jg = gold.judgements.map((j) => `${j.area_key}|${j.grade}`);
    const rd = found.recommendations.map((r) => normaliseText(r.quote));
    const rg = gold.recommendations.map((r) => normaliseText(r.text));
    const j = scoreSets(jd, jg);
    const r = scoreSets(rd, rg);
    const earlierFile = path.join(EARLIER_DIR, gf);
    const earlierGold = fs.existsSync(earlierFile)
      ? (JSON.parse(fs.readFileSync(earlierFile, 'utf8')) as { earlier: EarlierGold[] }).earlier
      : [];
    const e = scoreEarlier(text, found.judgements, earlierGold, (g) => g.area_key ?? null);
    log(
      `corpus ${gold.file} [${gold.framework}]\n  judgements ${fmtCounts(j)}  recommendations ${fmtCounts(r)}  earlier ${fmtCounts(e.counts)}`,
    );
    for (const c of conflicts)
      out.conflicts.push(`${gold.file}: ${c.area} kept ${c.kept}, also ${c.dropped.map((d) => d.grade).join(', ')}`);
    if (verbose) {
      for (const x of new Set(jd)) if (!jg.includes(x)) log(`    FP j ${x}`);
      for (const x of jg) if (!jd.includes(x)) log(`    FN j ${x}`);
      for (const x of new Set(rd)) if (!rg.includes(x)) log(`    FP r ${x.slice(0, 160)}`);
      for (const x of rg) if (!rd.includes(x)) log(`    FN r ${x.slice(0, 160)}`);
      for (const x of e.misses) log(`    FN earlier ${x}`);
      for (const x of e.extras) log(`    FP earlier ${x}`);
    }
    out.judgements = addCounts(out.judgements, j);
    out.recommendations = addCounts(out.recommendations, r);
    out.earlier = addCounts(out.earlier, e.counts);
  }
  return out;
}

export function fmtCounts(c: Counts): string {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}
