// npm run bench:viewer: the PDF viewer in Chromium. For typical Ofsted reports (10–40 pages, from
// the corpus) the time from opening to the first page drawn and to all findings detected and
// listed; then a 100-page pack: the same times, the JS heap, and how many page canvases stay alive.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { BUILD_TEST_COMMAND, extensionId, launchWithExtension, serveFixtures, viewerUrl } from '../support/browser-harness';

const root = path.resolve(import.meta.dirname, '..');
const SHARED = process.env.SHARED_DIR ?? path.resolve(root, '../shared');
const CORPUS = path.join(SHARED, 'corpus', 'ofsted');
const SAMPLE = Number(process.env.SAMPLE ?? 20);

/** The viewer's marks (viewer:<name>), in ms from opening. The first five are always there; the
 * finer ones (where the time before the first page goes) only in builds that set them. */
type Timing = Record<'bytes-loaded' | 'pdf-opened' | 'first-page-drawn' | 'findings-detected' | 'findings-listed', number> &
  Partial<Record<'script-start' | 'worker-ready' | 'engine-ready' | 'page1-rendered' | 'screen-mounted' | 'texts-read', number>> &
  /** the longest main-thread task (ms) before page 1 is drawn, and from then until the findings are listed */
  Partial<Record<'task-before-first-page' | 'task-after-first-page', number>>;

async function timeOpen(context: BrowserContext, url: string): Promise<{ page: Page; timing: Timing }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The viewer's long tasks (over 50 ms on its thread), recorded from the page's first script.
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
    source: `globalThis.benchLongTasks = [];
      new PerformanceObserver((list) => globalThis.benchLongTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration])))
        .observe({ type: 'longtask' });`,
  });
  await page.goto(url);
  // Waited for by a few lines sent over the DevTools protocol: page.waitForFunction first loads
  // Playwright's own script (330 kB) into the viewer, whose compiling held the viewer's thread for
  // 100–280 ms right as pdf.js's worker started, and was counted as the viewer's time.
  const waited = await cdp.send('Runtime.evaluate', {
    expression: `new Promise((resolve) => {
      const done = () => ['viewer:findings-listed', 'viewer:first-page-drawn'].every((n) => performance.getEntriesByName(n).length > 0);
      const check = () => (done() ? resolve(true) : setTimeout(check, 50));
      check();
      setTimeout(() => resolve(false), 120000);
    })`,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (waited.result.value !== true) throw new Error(`the viewer did not list findings within 2 minutes: ${url}`);
  // No named helpers inside evaluate: tsx would wrap them in a __name() the page does not have.
  const { marks, tasks } = await page.evaluate(() => ({
    marks: Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('viewer:'))
        .map((m) => [m.name.slice('viewer:'.length), m.startTime]),
    ),
    tasks: (globalThis as unknown as { benchLongTasks?: Array<[number, number]> }).benchLongTasks ?? [],
  }));
  const timing = marks as Timing;
  const longest = (from: number, to: number) =>
    Math.max(0, ...tasks.filter(([start]) => start >= from && start < to).map(([, duration]) => duration));
  timing['task-before-first-page'] = longest(0, timing['first-page-drawn']);
  timing['task-after-first-page'] = longest(timing['first-page-drawn'], Infinity);
  return { page, timing };
}

/** Typical reports: every corpus PDF of 10–40 pages, spread evenly, up to SAMPLE of them. */
function typicalReports(): string[] {
  const lines = fs.readFileSync(path.join(CORPUS, 'manifest.csv'), 'utf8').trim().split('\n').slice(1);
  const rows = lines.map((l) => l.split(',')).filter((c) => Number(c[4]) >= 10 && Number(c[4]) <= 40);
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  return rows
    .filter((_, i) => i % step === 0)
    .slice(0, SAMPLE)
    .map((c) => path.join(CORPUS, c[0]!));
}

/** A 100-page pack: Chromium prints the joined saved report pages. */
async function hundredPages(context: BrowserContext, url: string): Promise<Buffer> {
  const page = await context.newPage();
  await page.goto(url);
  const pdf = await page.pdf({ format: 'A4', pageRanges: '1-100' });
  await page.close();
  return pdf;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const row = (label: string, xs: number[]) =>
  console.log(
    `  ${label.padEnd(34)} median ${median(xs).toFixed(0).padStart(5)} ms   worst ${Math.max(...xs)
      .toFixed(0)
      .padStart(5)} ms`,
  );

/** The medians and worsts of every step, from opening the viewer. */
function table(heading: string, timings: readonly Timing[]): void {
  console.log(heading);
  const step = (name: keyof Timing, label: string) => {
    const xs = timings.map((t) => t[name]).filter((x): x is number => x !== undefined);
    if (xs.length === timings.length) row(label, xs); // a finer mark only where the build sets it
  };
  step('script-start', 'open → viewer script started');
  step('bytes-loaded', 'open → PDF bytes fetched');
  step('worker-ready', 'open → pdf.js worker running');
  step('engine-ready', 'open → pdf.js and its worker ready');
  step('pdf-opened', 'open → pdf.js has parsed the file');
  step('page1-rendered', 'open → page 1 drawn off screen');
  step('screen-mounted', 'open → viewer screen mounted');
  step('first-page-drawn', 'open → first page drawn');
  step('texts-read', "open → every page's text read");
  step('findings-detected', 'open → all findings detected');
  step('findings-listed', 'open → findings listed');
  step('task-before-first-page', 'longest task before page 1');
  step('task-after-first-page', 'longest task after page 1');
}

async function main(): Promise<void> {
  // BENCH_EXTENSION: measure a build kept elsewhere (an earlier one, to compare) instead of building.
  if (!process.env.BENCH_EXTENSION) execSync(BUILD_TEST_COMMAND, { cwd: root, stdio: 'ignore' });
  const files = typicalReports();
  const generated: Record<string, Buffer> = Object.fromEntries(files.map((f, i) => [`typical-${i}.pdf`, fs.readFileSync(f)]));
  const longPage = fs.readdirSync(path.join(root, 'tests/fixtures/pages')).filter((f) => /^(?:\d|[a-z]+-20)/.test(f));
  const joined = longPage
    .map((f) => fs.readFileSync(path.join(root, 'tests/fixtures/pages', f), 'utf8'))
    .join('\n')
    .repeat(2);
  const server = await serveFixtures({ ...generated, 'pack.html': joined });
  const context = await launchWithExtension();
  const id = await extensionId(context);
  // BENCH_BASELINE: a second build (main's, say) opened alternately with this one, report by report,
  // BENCH_ROUNDS times over, so both meet the same machine load (the machine is shared and noisy).
  const baselineDir = process.env.BENCH_BASELINE;
  const baseline = baselineDir ? await launchWithExtension({ extension: baselineDir }) : null;
  const baselineId = baseline ? await extensionId(baseline) : '';
  const rounds = baseline ? Number(process.env.BENCH_ROUNDS ?? 3) : 1;
  // BENCH_HOLD=1: a viewer tab with a report stays open all along, in each browser (as when the
  // reader already has a report open: pdf.js's shared worker is then already running).
  if (process.env.BENCH_HOLD === '1') {
    await timeOpen(context, viewerUrl(id, server.url('typical-0.pdf')));
    if (baseline) await timeOpen(baseline, viewerUrl(baselineId, server.url('typical-0.pdf')));
  }
  // BENCH_GAP_MS: a pause after each tab closes. Opened at once, the next tab's start waits for
  // the extension's process (one for all its pages) to collect the closed one (README, Speed).
  const gap = () => new Promise((resolve) => setTimeout(resolve, Number(process.env.BENCH_GAP_MS ?? 0)));
  const timings: Timing[] = [];
  const baselineTimings: Timing[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < files.length; i++) {
      const url = server.url(`typical-${i}.pdf`);
      const runs: Array<() => Promise<void>> = [
        async () => {
          const { page, timing } = await timeOpen(context, viewerUrl(id, url));
          timings.push(timing);
          await page.close();
          await gap();
        },
      ];
      if (baseline)
        runs.push(async () => {
          const { page, timing } = await timeOpen(baseline, viewerUrl(baselineId, url));
          baselineTimings.push(timing);
          await page.close();
          await gap();
        });
      if ((r + i) % 2 === 1) runs.reverse(); // each goes first as often as the other
      for (const run of runs) await run();
    }
  }
  await baseline?.close();
  const each = rounds > 1 ? `, each opened ${rounds} times` : '';
  const heading = `Typical Ofsted reports: ${files.length} corpus PDFs of 10–40 pages${each}, served on 127.0.0.1`;
  if (baseline) {
    table(`${heading}; baseline ${baselineDir}`, baselineTimings);
    table(`${heading}; this build, opened alternately with the baseline`, timings);
    const ratio = (name: keyof Timing) => median(timings.map((t, i) => t[name]! / baselineTimings[i]![name]!)).toFixed(2);
    const faster = timings.filter((t, i) => t['first-page-drawn'] < baselineTimings[i]!['first-page-drawn']).length;
    console.log(
      `  per-pair ratio (this / baseline), median: file parsed ${ratio('pdf-opened')}, first page ${ratio('first-page-drawn')}, findings listed ${ratio('findings-listed')}; first page sooner in ${faster} of ${timings.length}`,
    );
  } else table(heading, timings);
  if (process.env.BENCH_PACK === '0') {
    await context.close();
    await server.close();
    return;
  }

  const pack = await hundredPages(context, server.url('pack.html'));
  const packServer = await serveFixtures({ 'pack.pdf': pack });
  const { page, timing } = await timeOpen(context, viewerUrl(id, packServer.url('pack.pdf')));
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024 / 1024;
  };
  await cdp.send('Performance.enable');
  const opened = await heap();
  for (let n = 1; n <= 100; n += 5) {
    await page.evaluate((p) => document.querySelector(`.page[data-page="${p}"]`)?.scrollIntoView(), n);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  const scrolled = await heap();
  const canvases = await page.locator('.page canvas').count();
  const pages = await page.locator('.page').count();
  console.log(`100-page pack (${(pack.length / 1024 / 1024).toFixed(1)} MB, ${pages} pages)`);
  console.log(
    `  open → first page drawn ${timing['first-page-drawn'].toFixed(0)} ms, findings detected ${timing['findings-detected'].toFixed(0)} ms, listed ${timing['findings-listed'].toFixed(0)} ms`,
  );
  console.log(`  JS heap after opening ${opened.toFixed(1)} MB; after scrolling to the end ${scrolled.toFixed(1)} MB`);
  console.log(`  page canvases alive after scrolling to the end: ${canvases} of ${pages}`);
  await context.close();
  await server.close();
  await packServer.close();
}

main().catch((error: unknown) => {
  console.error(`bench:viewer: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
