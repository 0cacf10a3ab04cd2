// npm run bench:pathological: detection time of every crafted input of the pathological suite
// (tests/fixtures/pathological-inputs.ts) against ordinary report text of the same length, as a
// ratio (target: 3× at most). Each measurement runs in a child process with a time budget, so an
// input that would take minutes is reported as "over budget" instead of holding the run up.
// Options: --budget SECONDS for one input (default 120), --runs N (best of N, default 3), --only TEXT.
import { fork } from 'node:child_process';
import { craftedInputs, ordinaryText, seedText } from '../tests/fixtures/pathological-inputs';
import { detectReport } from '../lib/detect/detect-report';

interface Job {
  name: string;
  runs: number;
}

interface Times {
  crafted: number;
  ordinary: number;
}

const TARGET = 3;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function timed(text: string): number {
  const start = performance.now();
  detectReport(text);
  return performance.now() - start;
}

/** Child side: best of `runs` times of the crafted input and of ordinary text of its length, taken
 * in turn (so a busy machine slows both alike), after one warm-up on a small ordinary text. */
function measure(job: Job): Times {
  const seed = seedText();
  const crafted = craftedInputs(seed).find((c) => c.name === job.name)!.text;
  const ordinary = ordinaryText(seed, crafted.length);
  detectReport(ordinaryText(seed, 20_000));
  const best = { crafted: Infinity, ordinary: Infinity };
  for (let i = 0; i < job.runs; i++) {
    best.ordinary = Math.min(best.ordinary, timed(ordinary));
    best.crafted = Math.min(best.crafted, timed(crafted));
  }
  return best;
}

/** Parent side: runs one input's measurements in a child process; null when over the budget. */
function inChild(job: Job, budgetMs: number): Promise<Times | null> {
  return new Promise((resolve) => {
    const child = fork(import.meta.filename, ['--child', JSON.stringify(job)]);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, budgetMs);
    child.once('message', (times) => {
      clearTimeout(timer);
      child.kill();
      resolve(times as Times);
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const budget = Number(option('budget', '120')) * 1000;
  const runs = Number(option('runs', '3'));
  const only = option('only', '');
  const inputs = craftedInputs(seedText()).filter((c) => c.name.includes(only));
  console.log(`input | characters | crafted | ordinary text, same length | ratio (best of ${runs}; target ≤ ${TARGET}×)`);
  let failures = 0;
  for (const input of inputs) {
    const times = await inChild({ name: input.name, runs }, budget);
    const ratio = times ? times.crafted / times.ordinary : null;
    const verdict = ratio !== null && ratio <= TARGET ? 'ok' : 'OVER';
    if (verdict !== 'ok') failures++;
    const cells = times
      ? `${fmt(times.crafted)} | ${fmt(times.ordinary)} | ${ratio!.toFixed(2)}×`
      : `over the ${(budget / 1000).toFixed(0)} s budget | — | —`;
    console.log(`${input.name} | ${input.text.length.toLocaleString('en-GB')} | ${cells} ${verdict}`);
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
