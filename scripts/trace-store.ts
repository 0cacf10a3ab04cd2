// npm run trace:store: where the side panel's opening goes, over the store bench:store makes (run that
// first: it writes the backup this restores). The panel is opened TRACE_RUNS times (5) in each build
// (this test build; BENCH_BASELINE=DIR another, alternated), and for each opening the page's own clock
// gives: document fetched, parsed, the panel's first script run, its main script run, the load event,
// and "My clips (N)" first shown (seen by a MutationObserver put in before any of the panel's
// script), all in ms from navigation; then the bench's own clock (page.goto and a locator's wait,
// which polls at 0, 20, 70, 170, 270, 770 ms...) for the same openings. TRACE_CPU=1 also takes a
// Chromium trace of one more opening and gives the main thread's time compiling and running script.
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
    ];
    const [started, run, shown, newest] = names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
    return {
      fetched: nav.responseEnd,
      parsed: nav.domInteractive,
      'first script': started!,
      'load event': nav.loadEventStart,
      'main script': run!,
      'label shown': shown!,
      'newest read': newest!,
    };
  });
  return { ...marks, 'goto (bench clock)': loaded, 'label (bench clock)': bench };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function print(name: string, runs: Opening[]): void {
  console.log(`${name}: medians of ${runs.length} openings, ms from navigation (each run)`);
  for (const key of Object.keys(runs[0]!)) {
    const xs = runs.map((r) => r[key]!);
    console.log(`  ${key.padEnd(20)} ${median(xs).toFixed(0).padStart(6)}  (${xs.map((x) => x.toFixed(0)).join(', ')})`);
  }
}

/** The main thread's time compiling and running script, and in all tasks, over one traced opening. */
async function cpu(context: BrowserContext, side: { page: Page; url: string }): Promise<void> {
  const cdp = await context.newCDPSession(side.page);
  const events: Array<{ name: string; ph: string; dur?: number; tdur?: number; tid: number }> = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as typeof events)));
  const ended = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await open(side);
  await cdp.send('Tracing.end');
  await ended;
  const sum = (names: string[]) =>
    events.filter((e) => e.ph === 'X' && names.includes(e.name)).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  console.log(
    `  traced opening: compile ${sum(['v8.compile', 'V8.CompileCode', 'v8.compileModule']).toFixed(0)} ms, evaluate ${sum(['EvaluateScript', 'v8.evaluateModule']).toFixed(0)} ms, functions ${sum(['FunctionCall']).toFixed(0)} ms, style+layout ${sum(['UpdateLayoutTree', 'Layout']).toFixed(0)} ms, paint ${sum(['Paint', 'PrePaint']).toFixed(0)} ms`,
  );
  await cdp.detach();
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
  if (process.env.TRACE_CPU) for (const [k, s] of sides.entries()) await cpu(contexts[k]!, s);
  for (const c of contexts) await c.close();
}

main().catch((error: unknown) => {
  console.error(`trace:store: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
