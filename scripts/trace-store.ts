// npm run trace:store: where the side panel's opening goes, over the store bench:store makes (run that
// first: it writes the backup this restores). The panel is opened TRACE_RUNS times (5) in each build
// (this test build; BENCH_BASELINE=DIR another, alternated), and for each opening the page's own clock
// gives: document fetched, parsed, the panel's first script run, its main script run, the load event,
// and "My clips (N)" first shown (seen by a MutationObserver put in before any of the panel's
// script), all in ms from navigation; then the bench's own clock (page.goto and a locator's wait,
// which polls at 0, 20, 70, 170, 270, 770 ms...) for the same openings. TRACE_CPU=N also traces N
// more openings each and gives the panel's main-thread CPU time until the label, and its script part.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { extensionId, launchWithExtension } from '../support/browser-harness';

const CLIPS = 10000;
const RUNS = Number(process.env.TRACE_RUNS ?? 5);
const backupFile = path.join(os.tmpdir(), 'lens-bench-backup.json');

async function restored(context: BrowserContext): Promise<{ page: Page; url: string }> {
  const url = `chrome-extension://${await extensionId(context)}/sidepanel.html`;
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(url);
  await page.getByRole('tab', { name: 'Backup and export' }).click();
  await page.setInputFiles('input[type=file][accept*=json]', backupFile);
  await page.getByRole('status').filter({ hasText: 'Restored' }).waitFor({ timeout: 300000 });
  // Seen from the panel's own clock: when the tab's label first reads "(N)".
  await page.addInitScript((n: number) => {
    const observer = new MutationObserver(() => {
      if (document.getElementById('tab-clips')?.textContent?.includes(`(${n})`)) {
        performance.mark('trace:label-shown');
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  }, CLIPS);
  return { page, url };
}

type Opening = Record<string, number>;

async function open({ page, url }: { page: Page; url: string }): Promise<Opening> {
  const t = Date.now();
  await page.goto(url);
  const loaded = Date.now() - t;
  await page.getByRole('tab', { name: `My clips (${CLIPS})` }).waitFor({ timeout: 60000 });
  const bench = Date.now() - t;
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const names = [
      'inspection-lens:panel-started',
      'inspection-lens:panel-script-run',
      'trace:label-shown',
      'inspection-lens:newest-clips-read',
      'inspection-lens:store-opened',
      'inspection-lens:store-counted',
      'inspection-lens:early-tabs-drawn',
    ];
    const [started, run, shown, newest, opened, counted, drawn] = names.map(
      (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN,
    );
    return {
      fetched: nav.responseEnd,
      parsed: nav.domInteractive,
      'first script': started!,
      'load event': nav.loadEventStart,
      'store opened': opened!,
      'store counted': counted!,
      'early tabs drawn': drawn!,
      'main script': run!,
      'label shown': shown!,
      'newest read': newest!,
    };
  });
  // Within one opening, so less bent by the machine's load than either end alone.
  const sinceFirst = marks['label shown'] - marks['first script'];
  return { ...marks, 'first script → label': sinceFirst, 'goto (bench clock)': loaded, 'label (bench clock)': bench };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function print(name: string, runs: Opening[]): void {
  console.log(`${name}: medians of ${runs.length} openings, ms from navigation (each run)`);
  for (const key of Object.keys(runs[0]!)) {
    const xs = runs.map((r) => r[key]!);
    console.log(`  ${key.padEnd(20)} ${median(xs).toFixed(0).padStart(6)}  (${xs.map((x) => x.toFixed(0)).join(', ')})`);
  }
}

/** The panel's main thread's CPU time (ms, the trace's thread time of its top-level tasks) over one
 * traced opening, until the bench sees the label, and the part of it compiling and running script. */
async function cpu(context: BrowserContext, side: { page: Page; url: string }): Promise<{ cpu: number; script: number }> {
  const cdp = await context.newCDPSession(side.page);
  type Event = { name: string; ph: string; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } };
  const events: Event[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as Event[])));
  const ended = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await open(side);
  await cdp.send('Tracing.end');
  await ended;
  await cdp.detach();
  const main = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const sum = (names: string[]) =>
    onMain.filter((e) => names.includes(e.name)).reduce((t, e) => t + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  return {
    cpu: sum(['ThreadControllerImpl::RunTask']),
    script: sum(['v8.compile', 'v8.compileModule', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall']),
  };
}

async function main(): Promise<void> {
  if (!fs.existsSync(backupFile)) throw new Error('run npm run bench:store first (it writes the backup restored here)');
  const contexts = [await launchWithExtension()];
  if (process.env.BENCH_BASELINE)
    contexts.push(await launchWithExtension({ extension: path.resolve(process.env.BENCH_BASELINE) }));
  const sides = [];
  for (const c of contexts) sides.push(await restored(c));
  const runs: Opening[][] = sides.map(() => []);
  for (const s of sides) await open(s); // a first opening each, not counted
  for (let i = 0; i < RUNS; i++) for (const [k, s] of sides.entries()) runs[k]!.push(await open(s));
  for (const [k, r] of runs.entries()) print(k ? `baseline (${process.env.BENCH_BASELINE})` : 'this build', r);
  if (process.env.TRACE_CPU) {
    const traced: Array<Array<{ cpu: number; script: number }>> = sides.map(() => []);
    for (let i = 0; i < Number(process.env.TRACE_CPU); i++)
      for (const [k, s] of sides.entries()) traced[k]!.push(await cpu(contexts[k]!, s));
    for (const [k, t] of traced.entries())
      console.log(
        `${k ? 'baseline' : 'this build'}: main thread CPU until the label, median of ${t.length} traced openings ${median(t.map((x) => x.cpu)).toFixed(0)} ms (${t.map((x) => x.cpu.toFixed(0)).join(', ')}), of it script ${median(t.map((x) => x.script)).toFixed(0)} ms`,
      );
  }
  for (const c of contexts) await c.close();
}

main().catch((error: unknown) => {
  console.error(`trace:store: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
