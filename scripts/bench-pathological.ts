// npm run bench:pathological: detection time of every crafted input of the pathological suite
// (tests/fixtures/pathological-inputs.ts) against ordinary report text of the same length, as a
// ratio (target: 3× at most). Each measurement runs in a child process with a time budget, so an
// input that would take minutes is reported as "over budget" instead of holding the run up.
// Options: --budget SECONDS (default 60), --runs N (best of N, default 3), --only TEXT.
import { fork } from 'node:child_process';
import { craftedInputs, ordinaryText, seedText } from '../tests/fixtures/pathological-inputs';
import { detectReport } from '../lib/detect/detect-report';

interface Job {
  name: string;
  ordinary: boolean;
  runs: number;
}

const TARGET = 3;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function textOf(job: Job): string {
  const seed = seedText();
  const crafted = craftedInputs(seed).find((c) => c.name === job.name)!.text;
  return job.ordinary ? ordinaryText(seed, crafted.length) : crafted;
}

/** Child side: best of `runs` detection times in ms, after one warm-up on a small ordinary text. */
function measure(job: Job): number {
  const text = textOf(job);
  detectReport(ordinaryText(seedText(), 20_000));
  let best = Infinity;
  for (let i = 0; i < job.runs; i++) {
    const start = performance.now();
    detectReport(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Parent side: runs one measurement in a child process; null when it exceeds the budget. */
function inChild(job: Job, budgetMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = fork(import.meta.filename, ['--child', JSON.stringify(job)]);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, budgetMs);
    child.once('message', (ms) => {
      clearTimeout(timer);
      child.kill();
      resolve(ms as number);
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

const fmt = (ms: number | null, budget: number) => (ms === null ? `> ${(budget / 1000).toFixed(0)} s` : `${ms.toFixed(1)} ms`);

async function main(): Promise<void> {
  const budget = Number(option('budget', '60')) * 1000;
  const runs = Number(option('runs', '3'));
  const only = option('only', '');
  const inputs = craftedInputs(seedText()).filter((c) => c.name.includes(only));
  console.log(`input | characters | crafted | ordinary text, same length | ratio (best of ${runs}; target ≤ ${TARGET}×)`);
  let failures = 0;
  for (const input of inputs) {
    const crafted = await inChild({ name: input.name, ordinary: false, runs }, budget);
    const ordinary = await inChild({ name: input.name, ordinary: true, runs }, budget);
    const ratio = crafted !== null && ordinary ? crafted / ordinary : null;
    const verdict = ratio !== null && ratio <= TARGET ? 'ok' : 'OVER';
    if (verdict !== 'ok') failures++;
    const r = ratio === null ? '—' : `${ratio.toFixed(2)}×`;
    console.log(
      `${input.name} | ${input.text.length.toLocaleString('en-GB')} | ${fmt(crafted, budget)} | ${fmt(ordinary, budget)} | ${r} ${verdict}`,
    );
  }
  console.log(
    failures === 0 ? `all ${inputs.length} inputs within ${TARGET}×` : `${failures} of ${inputs.length} inputs over ${TARGET}×`,
  );
}

if (process.argv[2] === '--child') process.send!(measure(JSON.parse(process.argv[3]!) as Job));
else
  main().catch((error: unknown) => {
    console.error(`bench:pathological: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
