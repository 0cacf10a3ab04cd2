// npm run bench:batch: every corpus PDF read by one batch `detect` run (worker threads across the
// cores, and on one thread), against the same files read by one `npm run detect -- FILE` at a time.
// Prints total times and reports per second, and checks both give the same findings; asserts nothing.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const SHARED = process.env.SHARED_DIR ?? path.resolve(root, '../shared');
const corpus = path.join(SHARED, 'corpus', 'ofsted');
const files = (fs.readdirSync(corpus, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => path.join(corpus, f))
  .sort();
const MAX_BUFFER = 512 * 1024 * 1024;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t = performance.now();
  const result = await work();
  return { ms: performance.now() - t, result };
}

const batch = (jobs: number) =>
  timed(() =>
    run('npm', ['run', '--silent', 'detect', '--', '--format', 'jsonl', '--jobs', String(jobs), corpus], {
      cwd: root,
      maxBuffer: MAX_BUFFER,
    }),
  );

async function oneAtATime(): Promise<{ ms: number; result: string[] }> {
  return timed(async () => {
    const out: string[] = [];
    for (const file of files)
      out.push((await run('npm', ['run', '--silent', 'detect', '--', file], { cwd: root, maxBuffer: MAX_BUFFER })).stdout);
    return out;
  });
}

const line = (label: string, ms: number) =>
  console.log(
    `  ${label.padEnd(44)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${((files.length * 1000) / ms).toFixed(2).padStart(6)} reports/s`,
  );

async function main(): Promise<void> {
  const cores = os.availableParallelism();
  console.log(`${files.length} corpus PDFs, ${cores} cores (load average ${os.loadavg()[0]!.toFixed(1)} at start)`);
  // Each figure printed as soon as it is measured: the one-at-a-time runs take long.
  const all = await batch(cores);
  line(`batch, ${cores} worker threads (one run)`, all.ms);
  line('batch, 1 worker thread (one run)', (await batch(1)).ms);
  const each = await oneAtATime();
  line(`one \`npm run detect -- FILE\` at a time (${files.length} runs)`, each.ms);
  console.log(`  speed-up of the batch run over one file at a time: ${(each.ms / all.ms).toFixed(1)}×`);
  const lines = all.result.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file: string });
  const same =
    lines.length === files.length &&
    lines.every(
      ({ file, ...rest }, i) => file === files[i] && JSON.stringify(rest) === JSON.stringify(JSON.parse(each.result[i]!)),
    );
  console.log(
    `  same findings as the one-file runs for every report: ${same ? 'yes' : 'NO'}; refused: ${all.result.stderr.trim() || 'none'}`,
  );
  console.log(`  (load average ${os.loadavg()[0]!.toFixed(1)} at end)`);
}

main().catch((error: unknown) => {
  console.error(`bench:batch: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
