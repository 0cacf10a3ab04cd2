// npm run trace:viewer: where the viewer's first page goes, for one typical report opened
// TRACE_RUNS times (5 by default) after a first open that starts pdf.js's shared worker (kept
// running, as for a reader's second report). For each step between the viewer's marks (navigation
// → document fetched → parsed → script → bytes → pdf.js ready → file parsed → page 1 drawn off
// screen → on screen) it gives the wall time, from opens without tracing (tracing itself delayed
// the navigation by hundreds of ms), each TRACE_GAP_MS after the last tab closed, and the CPU time
// of the viewer's main thread and of pdf.js's worker thread from a Chromium trace of as many other
// opens (the trace's thread time); medians. On a loaded machine the wall time is mostly waiting
// for a core; the CPU time is each step's own cost.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { extensionId, launchWithExtension, serveFixtures, viewerUrl } from '../support/browser-harness';

const root = path.resolve(import.meta.dirname, '..');
const CORPUS = path.join(process.env.SHARED_DIR ?? path.resolve(root, '../shared'), 'corpus', 'ofsted');
const RUNS = Number(process.env.TRACE_RUNS ?? 5);
const STEPS = [
  'document-fetched',
  'document-parsed',
  'script-start',
  'bytes-loaded',
  'engine-ready',
  'pdf-opened',
  'page1-rendered',
  'screen-mounted',
  'first-page-drawn',
];
const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The report traced: TRACE_REPORT (a corpus file name, as in its manifest), or the manifest's first of 15–25 pages. */
function report(): string {
  if (process.env.TRACE_REPORT) return path.join(CORPUS, process.env.TRACE_REPORT);
  const rows = fs.readFileSync(path.join(CORPUS, 'manifest.csv'), 'utf8').trim().split('\n').slice(1);
  const row = rows.map((l) => l.split(',')).find((c) => Number(c[4]) >= 15 && Number(c[4]) <= 25)!;
  return path.join(CORPUS, row[0]!);
}

/** Opens `url` in a new tab with tracing on; the trace's events and the viewer's marks (ms from navigation). */
async function traced(
  context: BrowserContext,
  url: string,
  tracing: boolean,
  until = 'viewer:findings-listed',
): Promise<{ events: TraceEvent[]; marks: Record<string, number> }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const ended = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  if (tracing) await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(url);
  await cdp.send('Runtime.evaluate', {
    expression: `new Promise((resolve) => { const check = () => performance.getEntriesByName('${until}').length ? resolve(true) : setTimeout(check, 50); check(); })`,
    awaitPromise: true,
  });
  if (tracing) await cdp.send('Tracing.end');
  if (tracing) await ended;
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      ...Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('viewer:', ''), m.startTime])),
      'document-fetched': nav.responseEnd,
      'document-parsed': nav.domInteractive,
    };
  });
  await cdp.detach();
  await page.close();
  // TRACE_GAP_MS (3 s unless given): a pause after closing the tab, before the next opens. Opened at
  // once, as bench:viewer does, the next tab's start waits for the extension's process to collect
  // the closed one (a traced one above all): 550 ms more before the viewer's script ran at load 15.
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.TRACE_GAP_MS ?? 3000)));
  return { events, marks };
}

/** Thread time (ms) of the top-level tasks of thread `tid` in `pid` that start in [from, to) (trace µs). */
function cpu(events: TraceEvent[], pid: number, tid: number, from: number, to: number): number {
  const tasks = events.filter(
    (e) =>
      e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts >= from && e.ts < to,
  );
  return tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
}

/** Each step's wall time and the CPU time of the viewer's main thread and pdf.js's worker thread. */
function breakdown(events: TraceEvent[], marks: Record<string, number>): Record<string, [number, number, number]> {
  const script = events.find((e) => e.name === 'viewer:script-start' && e.ph !== 'e')!;
  const main = { pid: script.pid, tid: script.tid };
  // pdf.js's shared worker (a dedicated one where the viewer had to start its own); not detection's workers.
  const threads = events.filter((e) => e.name === 'thread_name');
  const workerThread =
    threads.find((e) => e.args?.name === 'SharedWorker thread') ?? threads.find((e) => e.args?.name === 'DedicatedWorker thread');
  const origin = script.ts - marks['script-start']! * 1000; // navigation, in trace µs
  const parts: Record<string, [number, number, number]> = {};
  let previous = 0;
  // In the order they came (the screen can mount before or after page 1 is drawn off screen).
  for (const step of [...STEPS].sort((a, b) => (marks[a] ?? Infinity) - (marks[b] ?? Infinity))) {
    const at = marks[step];
    if (at === undefined) continue;
    const from = origin + previous * 1000;
    const to = origin + at * 1000;
    const worker = workerThread ? cpu(events, workerThread.pid, workerThread.tid, from, to) : NaN;
    parts[step] = [at - previous, cpu(events, main.pid, main.tid, from, to), worker];
    previous = at;
  }
  return parts;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** TRACE_REPORT=none: the viewer opened with no file, untraced: the floor every report's first page stands on. */
async function floor(): Promise<void> {
  const context = await launchWithExtension();
  const url = viewerUrl(await extensionId(context));
  const runs: Array<Record<string, number>> = [];
  for (let i = 0; i <= RUNS; i++) runs.push((await traced(context, url, false, 'viewer:script-start')).marks);
  const at = (step: string) => median(runs.slice(1).map((m) => m[step]!)).toFixed(0);
  console.log(`The viewer with no file, ${RUNS} opens; medians in ms from opening`);
  console.log(
    `  document fetched ${at('document-fetched')}, parsed ${at('document-parsed')}, script started ${at('script-start')}`,
  );
  await context.close();
}

async function main(): Promise<void> {
  if (process.env.TRACE_REPORT === 'none') return floor();
  const file = report();
  const server = await serveFixtures({ 'report.pdf': fs.readFileSync(file) });
  const context = await launchWithExtension();
  const url = viewerUrl(await extensionId(context), server.url('report.pdf'));
  await traced(context, url, false); // starts pdf.js's shared worker, kept running from then on
  const plain: Array<Record<string, number>> = [];
  const runs: Array<Record<string, [number, number, number]>> = [];
  for (let i = 0; i < RUNS; i++) {
    plain.push((await traced(context, url, false)).marks);
    const { events, marks } = await traced(context, url, true);
    if (process.env.TRACE_DUMP) fs.writeFileSync(`${process.env.TRACE_DUMP}-${i}.json`, JSON.stringify({ events, marks }));
    runs.push(breakdown(events, marks));
  }
  console.log(`${path.basename(file)}, ${RUNS} opens with pdf.js's worker running; medians in ms`);
  console.log(`  ${'step'.padEnd(20)} at (untraced)  CPU main  CPU worker (since the step before, traced)`);
  for (const step of STEPS) {
    const xs = runs.map((r) => r[step]).filter((x) => x !== undefined);
    if (xs.length < runs.length) continue;
    const col = (i: number) =>
      median(xs.map((x) => x[i]!))
        .toFixed(0)
        .padStart(9);
    const at = median(plain.map((m) => m[step]!))
      .toFixed(0)
      .padStart(9);
    console.log(`  ${step.padEnd(20)} ${at}     ${col(1)} ${col(2)}`);
  }
  console.log(
    `  traced: first page drawn at ${median(runs.map((r) => Object.values(r).reduce((s, x) => s + x[0], 0))).toFixed(0)} ms`,
  );
  await context.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`trace:viewer: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
