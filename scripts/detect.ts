// npm run --silent detect -- FILE: prints the findings of a .txt, .html or .pdf file as one JSON object.
// npm run --silent detect -- [--format jsonl|csv] [--jobs N] PATH…: many files or folders on worker
// threads, one JSON line (or CSV row) per document; see scripts/detect/run-batch.ts.
import fs from 'node:fs';
import type { BatchFormat } from './detect/run-batch';

const USAGE = 'usage: npm run --silent detect -- [--format jsonl|csv] [--jobs N] PATH… (.txt, .html or .pdf files, or folders)';

interface Args {
  format: BatchFormat | null;
  jobs: number | undefined;
  paths: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { format: null, jobs: undefined, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--format') {
      const f = value();
      if (f !== 'jsonl' && f !== 'csv') throw new Error(`--format must be jsonl or csv (${USAGE})`);
      args.format = f;
    } else if (flag === '--jobs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`--jobs must be a whole number of at least 1 (${USAGE})`);
      args.jobs = n;
    } else if (argv[i] === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    } else if (argv[i]!.startsWith('--')) throw new Error(`unknown option ${argv[i]} (${USAGE})`);
    else args.paths.push(argv[i]!);
  }
  if (args.paths.length === 0) throw new Error(USAGE);
  return args;
}

/** The one-file form, unchanged: the contract object, pretty-printed. */
async function detectOne(file: string): Promise<void> {
  // Loaded here, not at the top: the batch form reads files in its threads and needs none of it.
  const [{ readInputText }, { detectReport }, { detectOutput }] = await Promise.all([
    import('./read-input'),
    import('../lib/detect/detect-report'),
    import('./detect/detect-output'),
  ]);
  const text = await readInputText(file);
  process.stdout.write(JSON.stringify(detectOutput(detectReport(text)), null, 2) + '\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const one = args.paths.length === 1 && !fs.statSync(args.paths[0]!, { throwIfNoEntry: false })?.isDirectory();
  if (args.format === null && args.jobs === undefined && one) return detectOne(args.paths[0]!);
  const { runBatch } = await import('./detect/run-batch');
  const refused = await runBatch(args.paths, { format: args.format ?? 'jsonl', jobs: args.jobs });
  // Exit 2 when some files were refused (the others are all printed), so a script can tell.
  if (refused > 0) process.exitCode = 2;
}

main().catch((error: unknown) => {
  process.stderr.write(`detect: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
