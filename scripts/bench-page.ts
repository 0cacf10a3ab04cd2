// npm run bench:page: how fast the content script paints a long report page in Chromium, and the
// longest main-thread task it causes, against the time to just walk the page's text nodes once.
// The long page joins every saved report page (seeds and Ofsted reports) until it has 300+ kB of text.
// One load warms the extension up (its offscreen document and detection worker) before the RUNS
// counted. BENCH_BASELINE=DIR also loads the page with the build in DIR, alternating, and compares.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { extractDomText } from '../lib/page/dom-text';
import { BUILD_TEST_COMMAND, extensionId, launchWithExtension, serveFixtures } from '../support/browser-harness';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 5);

function longPage(): string {
  const dir = path.join(root, 'tests/fixtures/pages');
  const mains = fs
    .readdirSync(dir)
    .filter((f) => /^(?:\d|[a-z]+-20)/.test(f))
    .map((f) => /<main>([\s\S]*)<\/main>/.exec(fs.readFileSync(path.join(dir, f), 'utf8'))?.[1] ?? '');
  let body = '';
  while (body.replace(/<[^>]+>/g, '').length < 330_000) body += mains.join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long report</title></head><body><main>${body}</main></body></html>`;
}

// Runs in the page before any of its scripts: records DOMContentLoaded, long tasks and the moment
// the content script marks the document painted.
const PROBE = () => {
  const probe = { dcl: 0, painted: 0, frame: 0, fcp: 0, longTasks: [] as Array<{ start: number; duration: number }> };
  (window as unknown as { __probe: typeof probe }).__probe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  // The browser's first rendering update after DOMContentLoaded begins with this callback: the
  // frame that draws the parsed page (it would be drawn anyway; one callback asks for nothing more).
  document.addEventListener('DOMContentLoaded', () => {
    probe.dcl = performance.now();
    requestAnimationFrame(() => (probe.frame = performance.now()));
  });
  // The <html> element may not exist yet, so watch the whole document for our attribute.
  // It says so on the console: waiting with a polled page function would have Playwright load its
  // own 330 kB script into the page in the middle of the reading, and that time would count as ours.
  new MutationObserver(() => {
    if (document.documentElement?.dataset.inspectionLens !== 'painted' || probe.painted) return;
    probe.painted = performance.now();
    console.debug('inspection-lens-bench: painted');
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-inspection-lens'] });
};

interface Run {
  toPainted: number;
  longestOurs: number;
  longestWithout: number;
  /** without the extension: DCL → the first rendering update begins; DCL → first contentful paint */
  plainFrame: number;
  plainFcp: number;
  walk: number;
  marks: Record<string, number>;
}

type Painted = Omit<Run, 'longestWithout' | 'plainFrame' | 'plainFcp'>;

/** One load of `url` with the extension of `withExtension`: DCL → painted, long tasks, marks. */
async function timePainted(withExtension: BrowserContext, url: string): Promise<Painted> {
  const page = await withExtension.newPage();
  await page.addInitScript(PROBE);
  const painted = page.waitForEvent('console', {
    predicate: (m) => m.text() === 'inspection-lens-bench: painted',
    timeout: 60000,
  });
  await page.goto(url);
  await painted;
  await page.waitForTimeout(200);
  const result = await page.evaluate(() => {
    const probe = (
      window as unknown as {
        __probe: {
          dcl: number;
          painted: number;
          frame: number;
          fcp: number;
          longTasks: Array<{ start: number; duration: number }>;
        };
      }
    ).__probe;
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
    const walk = performance.now() - t0;
    const marks = Object.fromEntries(
      performance.getEntriesByType('mark').map((m) => [m.name.replace('inspection-lens:', ''), m.startTime]),
    );
    const after = probe.longTasks.filter((t) => t.start >= probe.dcl);
    marks.dcl = probe.dcl;
    marks.frame = probe.frame;
    marks.fcp = probe.fcp;
    return { toPainted: probe.painted - probe.dcl, longest: Math.max(0, ...after.map((t) => t.duration)), walk, chars, marks };
  });
  // Proof that the long-task probe works here: a deliberate 80 ms task must show up.
  await page.evaluate(() =>
    setTimeout(() => {
      const t = performance.now();
      while (performance.now() - t < 80);
    }),
  );
  await page.waitForTimeout(300);
  const probeSeesLongTasks = await page.evaluate(() =>
    (window as unknown as { __probe: { longTasks: Array<{ duration: number }> } }).__probe.longTasks.some(
      (t) => t.duration >= 80,
    ),
  );
  if (!probeSeesLongTasks) throw new Error('the long-task probe saw no deliberate 80 ms task; the figures would mean nothing');
  await page.close();
  return { toPainted: result.toPainted, longestOurs: result.longest, walk: result.walk, marks: result.marks };
}

async function measure(withExtension: BrowserContext, without: BrowserContext, url: string): Promise<Run> {
  const painted = await timePainted(withExtension, url);
  const plain = await without.newPage();
  await plain.addInitScript(PROBE);
  await plain.goto(url);
  await plain.waitForTimeout(1500);
  const plainFigures = await plain.evaluate(() => {
    const probe = (
      window as unknown as {
        __probe: { dcl: number; frame: number; fcp: number; longTasks: Array<{ start: number; duration: number }> };
      }
    ).__probe;
    const longest = Math.max(0, ...probe.longTasks.filter((t) => t.start >= probe.dcl).map((t) => t.duration));
    return { longest, frame: probe.frame - probe.dcl, fcp: probe.fcp - probe.dcl };
  });
  await plain.close();
  return { ...painted, longestWithout: plainFigures.longest, plainFrame: plainFigures.frame, plainFcp: plainFigures.fcp };
}

/** Detection alone: the page's text (read here with the same text model) posted to the built
 * detect-worker.js in an extension page, once to warm it up and then RUNS times; median ms. */
async function detectionAlone(context: BrowserContext, html: string): Promise<number> {
  const text = extractDomText(parseHTML(html).document.body).text;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${await extensionId(context)}/sidepanel.html`);
  const times = await page.evaluate(
    async ({ text, runs }) => {
      const worker = new Worker('/detect-worker.js');
      const out: number[] = [];
      // The first run warms the worker up and is not counted. (No named inner functions: the page
      // would not know the bundler's name helper.)
      for (let i = 0; i <= runs; i++) {
        const t0 = performance.now();
        await new Promise((resolve) => {
          // The worker says it started before it answers: wait for the answer.
          worker.onmessage = (event: MessageEvent<{ started?: true }>) => void (event.data.started || resolve(null));
          worker.postMessage(text);
        });
        if (i > 0) out.push(performance.now() - t0);
      }
      worker.terminate();
      return out;
    },
    { text, runs: RUNS },
  );
  await page.close();
  return median(times);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const spread = (xs: number[]) => `${ms(median(xs))} (worst ${ms(Math.max(...xs))})`;
/** DCL → every highlight registered: the `highlighted` mark (drawn by the browser's next frame),
 * or, in a build without it, `painted` (registered by the lens's show). */
const highlightedOf = (r: Painted) => (r.marks.highlighted ?? r.marks.painted ?? 0) - (r.marks.dcl ?? 0);
/** DCL → the rendering update that draws every highlight begins (builds with the mark only). */
const highlightsFrameOf = (r: Painted) => (r.marks['highlights-frame'] ?? NaN) - (r.marks.dcl ?? 0);

/** A typical report page: the Dudley ILACS report of 2018 (27 kB of text), from the saved pages. */
const TYPICAL = '80464-dudley_2018-12-10.html';

/** DCL → painted on the typical page, RUNS loads (alternated with the baseline's, when given). */
async function typicalPage(withExtension: BrowserContext, baseline: BrowserContext | null, url: string): Promise<void> {
  const runs: Painted[] = [];
  const before: Painted[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (baseline && i % 2 === 0) before.push(await timePainted(baseline, url));
    runs.push(await timePainted(withExtension, url));
    if (baseline && i % 2 === 1) before.push(await timePainted(baseline, url));
  }
  const times = runs.map((r) => r.toPainted);
  const first = runs.map((r) => (r.marks['first-painted'] ?? r.marks.painted ?? 0) - (r.marks.dcl ?? 0));
  console.log(`Typical report page (${TYPICAL}, about 27 kB of text), ${RUNS} runs`);
  console.log(`  DOMContentLoaded → all highlights registered ${spread(runs.map(highlightedOf))}`);
  console.log(`  DOMContentLoaded → all highlights painted   ${ms(median(times))} (worst ${ms(Math.max(...times))})`);
  console.log(`  DOMContentLoaded → first screens highlighted ${ms(median(first))} (worst ${ms(Math.max(...first))})`);
  console.log(
    `  longest main-thread task after DCL          ${ms(median(runs.map((r) => r.longestOurs)))} (worst ${ms(Math.max(...runs.map((r) => r.longestOurs)))})`,
  );
  if (baseline) reportBaseline(runs, before);
}

/** The baseline's figures beside these, and the ratio of each pair of alternated loads. */
function reportBaseline(runs: Painted[], before: Painted[]): void {
  const times = (rs: Painted[]) => rs.map((r) => r.toPainted);
  const ratios = runs.map((r, i) => r.toPainted / before[i]!.toPainted);
  console.log(`Baseline build (${process.env.BENCH_BASELINE}), its loads alternated with these:`);
  console.log(`  DOMContentLoaded → all highlights registered ${spread(before.map(highlightedOf))}`);
  const registered = runs.map((r, i) => highlightedOf(r) / highlightedOf(before[i]!));
  console.log(`  all highlights registered, this build / baseline, per pair: median ${median(registered).toFixed(2)}`);
  console.log(
    `  DOMContentLoaded → all highlights painted   ${ms(median(times(before)))} (worst ${ms(Math.max(...times(before)))})`,
  );
  console.log(
    `  longest main-thread task after DCL          ${ms(median(before.map((r) => r.longestOurs)))} (worst ${ms(Math.max(...before.map((r) => r.longestOurs)))})`,
  );
  const firstOf = (r: Painted) => (r.marks['first-painted'] ?? r.marks.painted ?? 0) - (r.marks.dcl ?? 0);
  const firstRatios = runs.map((r, i) => firstOf(r) / firstOf(before[i]!));
  console.log(
    `  DOMContentLoaded → first screens highlighted ${ms(median(before.map(firstOf)))} (worst ${ms(Math.max(...before.map(firstOf)))})`,
  );
  console.log(`  first screens, this build / baseline, per pair: median ${median(firstRatios).toFixed(2)}`);
  const faster = runs.filter((r, i) => r.toPainted < before[i]!.toPainted).length;
  console.log(
    `  this build / baseline, per pair: median ${median(ratios).toFixed(2)}; faster in ${faster} of ${runs.length} pairs`,
  );
}

async function main(): Promise<void> {
  // BENCH_EXTENSION: measure a build kept elsewhere (an earlier one, to compare) instead of building.
  if (!process.env.BENCH_EXTENSION) execSync(BUILD_TEST_COMMAND, { cwd: root, stdio: 'ignore' });
  const html = longPage();
  const server = await serveFixtures({ 'long-report.html': html });
  const withExtension = await launchWithExtension();
  // The same browser, switches and window as the extension's (launchWithExtension), without it.
  const without = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const plainContext = await without.newContext({ viewport: { width: 1280, height: 800 } });
  // BENCH_BASELINE: another build (main's, say) loaded in a browser of its own; its page loads
  // alternate with these, so both meet the same machine load (the figures that count are paired).
  const baseline = process.env.BENCH_BASELINE
    ? await launchWithExtension({ extension: path.resolve(process.env.BENCH_BASELINE) })
    : null;
  const url = server.url('long-report.html');
  if (baseline) await timePainted(baseline, url); // its offscreen document and worker start here
  await timePainted(withExtension, url);
  const runs: Run[] = [];
  const before: Painted[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (baseline && i % 2 === 0) before.push(await timePainted(baseline, url));
    runs.push(await measure(withExtension, plainContext, url));
    if (baseline && i % 2 === 1) before.push(await timePainted(baseline, url));
  }
  const alone = await detectionAlone(withExtension, html);
  const text = html.replace(/<[^>]+>/g, '').length;
  console.log(
    `Long report page: ${(html.length / 1024).toFixed(0)} kB of HTML, about ${(text / 1024).toFixed(0)} kB of text; ${RUNS} runs, medians`,
  );
  console.log("  Without the extension (the lower bound: the browser's own style, layout and first frame)");
  console.log(`    DOMContentLoaded → its first frame begins  ${spread(runs.map((r) => r.plainFrame))}`);
  console.log(`    DOMContentLoaded → first contentful paint  ${spread(runs.map((r) => r.plainFcp))}`);
  console.log('  With the extension');
  console.log(
    `    DOMContentLoaded → the browser's first frame begins  ${spread(runs.map((r) => r.marks.frame! - r.marks.dcl!))}`,
  );
  console.log(`  DOMContentLoaded → all highlights registered ${spread(runs.map(highlightedOf))}`);
  console.log(`  DOMContentLoaded → the frame drawing them    ${spread(runs.map(highlightsFrameOf))}`);
  console.log(
    `  DOMContentLoaded → all painted and confirmed shown (card, next / previous, side panel ready) ${spread(runs.map((r) => r.toPainted))}`,
  );
  // Within each load, the wait the highlights no longer have: the check that the text shows.
  const saved = runs.map((r) => r.toPainted - highlightedOf(r));
  console.log(`    all highlights registered → confirmed shown, per load ${spread(saved)}`);
  const step = (a: string, b: string) => ms(median(runs.map((r) => (r.marks[b] ?? 0) - (r.marks[a] ?? 0))));
  const first = runs.map((r) => (r.marks['first-painted'] ?? r.marks.painted ?? 0) - (r.marks.dcl ?? 0));
  console.log(`  DOMContentLoaded → first screens highlighted ${ms(median(first))} (worst ${ms(Math.max(...first))})`);
  console.log(`    DOMContentLoaded → content script starts ${step('dcl', 'start')}`);
  console.log(`    start → reading                          ${step('start', 'scan')}`);
  console.log(`    text model before styles (sliced walk)   ${step('scan', 'extracted')}`);
  console.log(`    text sent → findings back (detection)    ${step('extracted', 'detected-early')}`);
  console.log(`      of which detection alone (a warm worker) ${ms(alone)}`);
  console.log(`    meanwhile: the browser's first frame      ${step('extracted', 'framed')}`);
  console.log(`    meanwhile: the text confirmed shown       ${step('framed', 'shown')}`);
  console.log(`    findings back → all painted               ${step('detected-early', 'painted')}`);
  console.log(`  walking the page's text nodes once         ${ms(median(runs.map((r) => r.walk)))}`);
  console.log(
    `  longest main-thread task after DCL, with the extension     ${ms(median(runs.map((r) => r.longestOurs)))} (worst ${ms(Math.max(...runs.map((r) => r.longestOurs)))})`,
  );
  // The first slice runs inside the browser's DOMContentLoaded task, which began before DCL and so
  // is not among the long tasks above; it is timed by its own marks.
  const slice = runs.map((r) => (r.marks['first-slice'] ?? r.marks.extracted ?? 0) - (r.marks.scan ?? 0));
  console.log(
    `  our first slice, in the DOMContentLoaded task              ${ms(median(slice))} (worst ${ms(Math.max(...slice))})`,
  );
  console.log(`  longest main-thread task after DCL, without the extension  ${ms(median(runs.map((r) => r.longestWithout)))}`);
  if (baseline) reportBaseline(runs, before);
  await typicalPage(withExtension, baseline, server.url(TYPICAL));
  await baseline?.close();
  await withExtension.close();
  await without.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`bench:page: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
