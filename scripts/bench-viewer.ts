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

interface Timing {
  loaded: number;
  opened: number;
  firstPage: number;
  detected: number;
  listed: number;
}

async function timeOpen(context: BrowserContext, url: string): Promise<{ page: Page; timing: Timing }> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('viewer:findings-listed').length > 0, null, { timeout: 120000 });
  await page.waitForFunction(() => performance.getEntriesByName('viewer:first-page-drawn').length > 0, null, { timeout: 120000 });
  // No named helpers inside evaluate: tsx would wrap them in a __name() the page does not have.
  const [loaded, opened, firstPage, detected, listed] = await page.evaluate(() =>
    ['bytes-loaded', 'pdf-opened', 'first-page-drawn', 'findings-detected', 'findings-listed'].map(
      (n) => performance.getEntriesByName(`viewer:${n}`)[0]!.startTime,
    ),
  );
  const timing = { loaded: loaded!, opened: opened!, firstPage: firstPage!, detected: detected!, listed: listed! };
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
  const timings: Timing[] = [];
  for (let i = 0; i < files.length; i++) {
    const { page, timing } = await timeOpen(context, viewerUrl(id, server.url(`typical-${i}.pdf`)));
    timings.push(timing);
    await page.close();
  }
  console.log(`Typical Ofsted reports: ${files.length} corpus PDFs of 10–40 pages, served on 127.0.0.1`);
  row(
    'open → PDF bytes fetched',
    timings.map((t) => t.loaded),
  );
  row(
    'open → pdf.js has parsed the file',
    timings.map((t) => t.opened),
  );
  row(
    'open → first page drawn',
    timings.map((t) => t.firstPage),
  );
  row(
    'open → all findings detected',
    timings.map((t) => t.detected),
  );
  row(
    'open → findings listed',
    timings.map((t) => t.listed),
  );

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
    `  open → first page drawn ${timing.firstPage.toFixed(0)} ms, findings detected ${timing.detected.toFixed(0)} ms, listed ${timing.listed.toFixed(0)} ms`,
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
