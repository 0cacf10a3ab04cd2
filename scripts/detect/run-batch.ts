// The batch form of `npm run detect`: many files and folders read on worker threads across the
// cores, printed in input order as JSON lines or a grades-by-area CSV table; a refused file is one
// line on stderr and the run goes on.
import os from 'node:os';
import { detectInThreads, type ThreadReply } from './detect-pool';
import { csvHeader, csvRow } from './grades-csv';
import { inputFiles } from './input-paths';
import { progressBar } from './progress-bar';

export type BatchFormat = 'jsonl' | 'csv';

export interface BatchOptions {
  format: BatchFormat;
  /** worker threads; default: the cores available (os.availableParallelism) */
  jobs?: number;
}

/** Reads every file of `paths` (folders expanded) and writes one JSON object per document (with
 * its `file` first) or one CSV row per document to stdout, in input order. Returns the number of
 * refused files (each reported as "detect: refused FILE: reason" on stderr). Throws when no file
 * was given or found. */
export async function runBatch(paths: string[], options: BatchOptions): Promise<number> {
  const files = await inputFiles(paths);
  if (files.length === 0) throw new Error(`no .pdf, .html or .txt files in ${paths.join(', ')}`);
  const bar = progressBar(process.stderr, files.length);
  const replies = new Map<number, ThreadReply>();
  let printed = 0;
  let refused = 0;
  if (options.format === 'csv') process.stdout.write(csvHeader());
  // Print in input order: hold a reply until every earlier file has been printed.
  const flush = () => {
    for (let reply = replies.get(printed); reply; reply = replies.get(printed)) {
      replies.delete(printed++);
      if (reply.ok) process.stdout.write(format(reply.file, reply.output, options.format));
      else {
        refused++;
        const line = `detect: refused ${reply.file}: ${reply.error.replace(/\s+/g, ' ')}`;
        if (bar) bar.line(line);
        else process.stderr.write(line + '\n');
      }
    }
    bar?.update(printed);
  };
  const jobs = options.jobs ?? os.availableParallelism();
  await detectInThreads(files, jobs, (index, reply) => {
    replies.set(index, reply);
    flush();
  });
  bar?.end();
  return refused;
}

function format(file: string, output: Extract<ThreadReply, { ok: true }>['output'], as: BatchFormat): string {
  return as === 'csv' ? csvRow(file, output) : JSON.stringify({ file, ...output }) + '\n';
}
