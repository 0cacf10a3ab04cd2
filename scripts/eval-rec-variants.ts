// Robustness of paper recommendations to wording and layout: the labelled `inspection`
// recommendations of the tunable parts of the paper set (never the held-out `fresh-check`,
// `fresh2-check` and `fresh3-check` parts) are taken in groups (the items of one restated list),
// rewritten in the ways papers restate such a list (scripts/variants/rec-transforms.ts) and put back
// in their document in place of the original list and its lead-in; the document is detected again.
// A positive rewrite's item is found when a detected recommendation with source `inspection` covers
// at least 80% of it (the paper scoring's rule); a negative rewrite must give no recommendation at
// all inside the passage. Prints recall per rewrite and false finds per negative; `--verbose` lists
// misses and false finds, `--only=<name>` runs one rewrite.
import fs from 'node:fs';
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import { fixedHalves, inPart, type PaperPart } from './eval-papers';
import { REC_NEGATIVES, REC_TRANSFORMS, type RecVariant } from './variants/rec-transforms';

const DIR = path.join(process.cwd(), 'eval/papers');
const TUNABLE: PaperPart[] = ['dev', 'check', 'new-dev', 'new-check', 'fresh-dev', 'fresh2-dev', 'fresh3-dev'];
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
/** Items of one group: more make each rewrite slower and add little. */
const MAX_ITEMS = 5;

interface Gold {
  recommendations: { quote: string; source: string; offset: number }[];
}

/** A group of labelled items and the region of the document (list and lead-in) the rewrite replaces. */
interface Group {
  items: string[];
  start: number;
  end: number;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => (text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));

/**
 * The groups of one document: inspection items no more than two lines apart form one list. The
 * region runs from the line of the first item (and a lead-in line or heading over it) to the end of
 * the last item's line.
 */
function groupsOf(text: string, gold: Gold): Group[] {
  const recs = gold.recommendations.filter((r) => r.source === 'inspection').sort((a, b) => a.offset - b.offset);
  const groups: Group[] = [];
  for (const r of recs) {
    const last = groups[groups.length - 1];
    const end = r.offset + r.quote.length;
    const between = last ? text.slice(last.end, r.offset) : '';
    if (last && last.items.length < MAX_ITEMS && (between.match(/\n/g) ?? []).length <= 2 && between.length < 200) {
      last.items.push(r.quote);
      last.end = Math.max(last.end, lineEnd(text, end));
    } else groups.push({ items: [r.quote], start: lineStart(text, r.offset), end: lineEnd(text, end) });
  }
  for (const g of groups) {
    // A lead-in line ending in a colon or dash, or a short heading, straight above the list goes too.
    const prevEnd = g.start - 1;
    if (prevEnd <= 0) continue;
    const prevStart = lineStart(text, prevEnd);
    const prev = text.slice(prevStart, prevEnd).trim();
    if (/[:–—-]$/.test(prev) || (prev.length > 0 && prev.length <= 60 && !/[.;,]$/.test(prev))) g.start = prevStart;
  }
  return groups;
}

/** Items of `v` found (positive) or recommendations inside the passage (negative), after splicing it in. */
function score(text: string, g: Group, v: RecVariant): { found: boolean[]; extras: string[] } {
  const piece = `\n${v.passage}\n`;
  const doc = text.slice(0, g.start) + piece + text.slice(g.end);
  const at = g.start + 1;
  const recs = detectReport(doc).recommendations;
  const ov = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const found = v.items.map((it) => {
    const s = { start: at + it.start, end: at + it.end };
    return recs.some((d) => d.source === 'inspection' && ov(d, s) >= 0.8 * (s.end - s.start));
  });
  const inside = recs.filter((d) => ov(d, { start: at, end: at + v.passage.length }) > 0).map((d) => d.quote.slice(0, 90));
  return { found, extras: v.items.length === 0 ? inside : [] };
}

function main(): void {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  const fixed = fixedHalves(DIR, files);
  const tunable = files.filter((f) => TUNABLE.some((p) => inPart(f, p, files, fixed)));
  const pos = new Map<string, { tp: number; n: number }>();
  const neg = new Map<string, { fp: number; n: number }>();
  let groupCount = 0;
  for (const file of tunable) {
    const goldFile = path.join(DIR, 'gold', file.replace(/\.txt$/, '.json'));
    if (!fs.existsSync(goldFile)) continue;
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const groups = groupsOf(text, JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Gold);
    groupCount += groups.length;
    for (const g of groups) {
      for (const [name, t] of Object.entries(REC_TRANSFORMS)) {
        if (only && name !== only) continue;
        for (const v of t(g.items)) {
          const { found } = score(text, g, v);
          const c = pos.get(name) ?? { tp: 0, n: 0 };
          pos.set(name, { tp: c.tp + found.filter(Boolean).length, n: c.n + found.length });
          if (verbose)
            found.forEach((ok, k) => {
              if (!ok) console.log(`  MISS ${name} [${file}]: ${JSON.stringify(v.passage.slice(v.items[k]!.start, v.items[k]!.end).slice(0, 100))}`);
            });
        }
      }
      for (const [name, t] of Object.entries(REC_NEGATIVES)) {
        if (only && name !== only) continue;
        for (const v of t(g.items)) {
          const { extras } = score(text, g, v);
          const c = neg.get(name) ?? { fp: 0, n: 0 };
          neg.set(name, { fp: c.fp + extras.length, n: c.n + 1 });
          if (verbose) for (const x of extras) console.log(`  FALSE ${name} [${file}]: ${JSON.stringify(x)}`);
        }
      }
    }
  }
  let tp = 0;
  let n = 0;
  for (const [name, c] of pos) {
    console.log(`rec-variants ${name.padEnd(24)} R ${(c.n ? c.tp / c.n : 1).toFixed(3)} (${c.tp}/${c.n})`);
    tp += c.tp;
    n += c.n;
  }
  let fp = 0;
  let passages = 0;
  for (const [name, c] of neg) {
    console.log(`rec-negatives ${name.padEnd(23)} false finds ${c.fp} in ${c.n} passages`);
    fp += c.fp;
    passages += c.n;
  }
  console.log(`rec-variants all rewrites R ${(n ? tp / n : 1).toFixed(3)} (${tp}/${n}); negatives: ${fp} false finds in ${passages} passages   (${tunable.length} documents, ${groupCount} lists)`);
}

main();
