// Robustness of paper judgements to wording: each labelled prose judgement sentence of the tunable
// parts of the paper set (never the held-out `fresh-check` and `fresh2-check` parts) is rewritten in
// the ways papers word the same judgement (scripts/variants/transforms.ts), put back in its document
// in place of the original sentence, and the document detected again. A variant is found when a
// detected judgement with the labelled grade overlaps the rewritten sentence. Prints recall per
// transformation; `--verbose` lists each missed variant, `--only=<name>` runs one transformation.
import { areaKeyOf } from '../lib/detect/areas';
import { normaliseGrade } from '../lib/detect/grades';
import { sentenceAround } from '../lib/detect/text-util';
import { detectRewritten, tuningPapers } from './variants/tuning-papers';
import { TRANSFORMS, type Labelled } from './variants/transforms';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);

interface Gold {
  authority?: string;
  judgements: { quote: string; grade: string; area: string; offset: number }[];
}

const placeOf = (authority = '') =>
  authority
    .replace(/\s*\(.*\)$/, '')
    .replace(/^(?:London Borough of|Royal Borough of|City of)\s+/, '')
    .replace(/\s+(?:Metropolitan Borough|County Borough|Borough|County|City|District)?\s*Council$/, '')
    .replace(/\s+Children’s Trust$/, '')
    .trim();

/** The labelled prose judgements of one document: the sentence around each quote, not table rows. */
function labelledOf(text: string, gold: Gold): { at: { start: number; end: number }; j: Labelled }[] {
  const out: { at: { start: number; end: number }; j: Labelled }[] = [];
  for (const g of gold.judgements) {
    if (/[\t|]/.test(g.quote) || g.quote.includes('\n')) continue;
    const at = sentenceAround(text, g.offset, g.offset + g.quote.length);
    if (at.start > g.offset || at.end < g.offset + g.quote.length) continue;
    const sentence = text.slice(at.start, at.end);
    if (sentence.includes('\n') || sentence.length > 400) continue;
    out.push({ at, j: { sentence, grade: g.grade, areaKey: areaKeyOf(g.area), place: placeOf(gold.authority) } });
  }
  return out;
}

/** Is a judgement with the labelled grade detected over the rewritten sentence `piece`, put in place of `at`? */
function found(text: string, at: { start: number; end: number }, piece: string, grade: string): boolean {
  const [start, end] = [at.start, at.start + piece.length];
  const want = normaliseGrade(grade);
  return detectRewritten(text, at, piece).judgements.some(
    (d) => d.start < end && start < d.end && normaliseGrade(d.grade) === want,
  );
}

function main(): void {
  const papers = tuningPapers<Gold>();
  const counts = new Map<string, { tp: number; n: number }>();
  for (const { file, text, gold } of papers) {
    for (const { at, j } of labelledOf(text, gold)) {
      for (const [name, transform] of Object.entries(TRANSFORMS)) {
        if (only && name !== only) continue;
        for (const v of transform(j)) {
          const piece = name === 'headline' ? `\n${v}\n` : v;
          const ok = found(text, at, piece, j.grade);
          const c = counts.get(name) ?? { tp: 0, n: 0 };
          counts.set(name, { tp: c.tp + (ok ? 1 : 0), n: c.n + 1 });
          if (verbose && !ok) console.log(`  MISS ${name} [${file}] ${j.grade}: ${JSON.stringify(v)}`);
        }
      }
    }
  }
  let tp = 0;
  let n = 0;
  for (const [name, c] of counts) {
    console.log(`variants ${name.padEnd(15)} R ${(c.n ? c.tp / c.n : 1).toFixed(3)} (${c.tp}/${c.n})`);
    if (name === 'identity') continue;
    tp += c.tp;
    n += c.n;
  }
  console.log(`variants all rewrites     R ${(n ? tp / n : 1).toFixed(3)} (${tp}/${n})   (${papers.length} documents)`);
}

main();
