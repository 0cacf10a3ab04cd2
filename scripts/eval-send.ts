// npm run eval:send [-- --verbose]: scores the area SEND rules on ../shared/corpus/send against the
// hand labels in tests/fixtures/gold/send (see its README): the outcome, the previous inspection's
// dates, areas for priority action and for improvement (an item matches the label whose opening
// words it starts with, one to one), and the responsible body of each priority action found.
import fs from 'node:fs';
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import { readInputText } from './read-input';
import { addCounts, emptyCounts, prf, type Counts } from './eval-score';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../shared');
const GOLD = path.resolve(import.meta.dirname, '../tests/fixtures/gold/send');
const verbose = process.argv.includes('--verbose');

interface SendGold {
  file: string;
  outcome: string;
  previous_inspection: string | null;
  priority_actions: { responsible_body: string; starts: string }[];
  improvements: { starts: string }[];
}

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** One-to-one matches of found quotes to labels by opening words: [found index, label index]. */
function match(found: string[], labels: string[]): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  found.forEach((q, i) => {
    const j = labels.findIndex((l, k) => !used.has(k) && norm(q).startsWith(norm(l)));
    if (j >= 0) {
      used.add(j);
      pairs.push([i, j]);
    }
  });
  return pairs;
}

function count(found: number, matched: number, labelled: number): Counts {
  return { tp: matched, fp: found - matched, fn: labelled - matched };
}

const fmt = (c: Counts) => {
  const s = prf(c);
  return `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};

/** Scores every labelled report; returns the totals and prints a line per report. */
export async function evalSend(log: (line: string) => void): Promise<{ outcomes: [number, number]; previous: [number, number]; apa: Counts; afi: Counts; bodies: [number, number] }> {
  const outcomes: [number, number] = [0, 0];
  const previous: [number, number] = [0, 0];
  const bodies: [number, number] = [0, 0];
  let apa = emptyCounts();
  let afi = emptyCounts();
  for (const file of fs.readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD, file), 'utf8')) as SendGold;
    const text = await readInputText(path.join(SHARED, 'corpus', 'send', gold.file));
    const found = detectReport(text);
    const outcome = found.judgements.find((j) => j.areaKey === 'send_outcome' && j.inspection === null);
    outcomes[1]++;
    if (outcome?.grade === gold.outcome) outcomes[0]++;
    previous[1]++;
    if ((found.document.previousInspection ?? null) === gold.previous_inspection) previous[0]++;
    const p = found.recommendations.filter((r) => r.group === 'priority action');
    const i = found.recommendations.filter((r) => r.group === 'improvement');
    const pm = match(p.map((r) => r.quote), gold.priority_actions.map((g) => g.starts));
    const im = match(i.map((r) => r.quote), gold.improvements.map((g) => g.starts));
    for (const [a, b] of pm) {
      bodies[1]++;
      if (norm(p[a]!.responsibleBody ?? '') === norm(gold.priority_actions[b]!.responsible_body)) bodies[0]++;
      else if (verbose) log(`    body: ${p[a]!.responsibleBody} ≠ ${gold.priority_actions[b]!.responsible_body}`);
    }
    const c = { apa: count(p.length, pm.length, gold.priority_actions.length), afi: count(i.length, im.length, gold.improvements.length) };
    apa = addCounts(apa, c.apa);
    afi = addCounts(afi, c.afi);
    log(`send ${file.replace(/\.json$/, '')}: outcome ${outcome?.grade === gold.outcome ? 'right' : `WRONG (${outcome?.grade ?? 'none'})`}; priority ${fmt(c.apa)}; improvement ${fmt(c.afi)}`);
    if (verbose) {
      i.forEach((r, k) => !im.some(([a]) => a === k) && log(`    FP afi: ${r.quote.slice(0, 100)}`));
      p.forEach((r, k) => !pm.some(([a]) => a === k) && log(`    FP apa: ${r.quote.slice(0, 100)}`));
      gold.improvements.forEach((g, k) => !im.some(([, b]) => b === k) && log(`    FN afi: ${g.starts}`));
      gold.priority_actions.forEach((g, k) => !pm.some(([, b]) => b === k) && log(`    FN apa: ${g.starts}`));
    }
  }
  return { outcomes, previous, apa, afi, bodies };
}

async function main(): Promise<void> {
  const r = await evalSend((line) => console.log(line));
  console.log('\nAREA SEND');
  console.log(`outcome right          ${r.outcomes[0]}/${r.outcomes[1]}`);
  console.log(`previous inspection    ${r.previous[0]}/${r.previous[1]}`);
  console.log(`priority actions       ${fmt(r.apa)}`);
  console.log(`areas for improvement  ${fmt(r.afi)}`);
  console.log(`responsible body right ${r.bodies[0]}/${r.bodies[1]} (of the priority actions found)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`eval:send: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
