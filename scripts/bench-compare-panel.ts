// npm run bench:compare-panel: Compare in Chromium's side panel (360 px) for an authority with 12
// stored inspections of 30 recommendations each. The store is filled through the panel's own
// "Restore from a backup…"; each run opens Compare from the Authorities tab and times, in the page,
// from the click to the frame after the whole view (down to the neighbours) is in the document.
// Recommendations are real ones from corpus reports; judgements are Dudley's own (SIF 2016, ILACS 2018).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildCompareModel } from '../components/model/compare-model';
import type { SourceDocument } from '../lib/compare/inspection-types';
import { detectReport } from '../lib/detect/detect-report';
import type { Recommendation } from '../lib/model/findings';
import { extensionId, launchWithExtension } from '../support/browser-harness';
import { readInputText } from './read-input';
import { MONTHS } from '../lib/model/uk-date';

const root = path.resolve(import.meta.dirname, '..');
const CORPUS = path.join(process.env.SHARED_DIR ?? path.resolve(root, '../shared'), 'corpus', 'ofsted');
const RUNS = 11;

async function corpusRecommendations(n: number): Promise<Recommendation[]> {
  const files = fs
    .readFileSync(path.join(CORPUS, 'manifest.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]!);
  const out: Recommendation[] = [];
  for (const f of files) {
    if (out.length >= n) break;
    out.push(...detectReport(await readInputText(path.join(CORPUS, f))).recommendations);
  }
  return out.slice(0, n);
}

/** Twelve inspections of one authority, 2013 to 2024, as a backup file the panel restores. */
async function backupOfTwelve(): Promise<string> {
  const fixture = (f: string) => readInputText(path.join(root, 'tests/fixtures/pdf', f)).then(detectReport);
  const [sif, ilacs, recs] = await Promise.all([
    fixture('80464-dudley_2016-04-05.pdf'),
    fixture('80464-dudley_2018-12-10.pdf'),
    corpusRecommendations(360),
  ]);
  const reports = Array.from({ length: 12 }, (_, i) => {
    const year = 2013 + i;
    const base = year < 2018 ? sif : ilacs;
    const month = (i * 5) % 10;
    return {
      id: `bench-${year}`,
      fingerprint: null,
      urls: [`https://example.org/dudley-${year}.pdf`],
      title: `Dudley inspection ${year}`,
      document: {
        ...base.document,
        inspectionDates: `2 to 13 ${MONTHS[month]} ${year}`,
        publicationDate: `${year}-${String(month + 3).padStart(2, '0')}-15`,
      },
      judgements: base.judgements.filter((j) => !j.inspection),
      recommendations: recs.slice(i * 30, i * 30 + 30),
      savedAt: '2026-11-29',
    };
  });
  return JSON.stringify({
    format: 'inspection-lens-backup',
    version: 2,
    exportedAt: '2026-11-29',
    reports,
    clips: [],
    linkDecisions: [],
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);

/** Opens Compare for Dudley from the Authorities tab; ms from the click to the frame after the
 * whole view (down to the neighbours) is in the document. */
async function openCompare(panel: Page, cpu: number[]): Promise<number> {
  await panel.getByRole('tab', { name: 'Authorities' }).click();
  await panel.getByRole('button', { name: 'Compare Dudley’s inspections' }).waitFor();
  const cdp = await panel.context().newCDPSession(panel);
  await cdp.send('Performance.enable');
  // ThreadTime: CPU seconds of the panel's main thread, which other processes on a busy machine do not inflate
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
  const before = await threadTime();
  const wall = await panel.evaluate(async () => {
    const t0 = performance.now();
    document.querySelector<HTMLButtonElement>('button[aria-label="Compare Dudley’s inspections"]')!.click();
    while (!document.querySelector('.compare .neighbours')) await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    return performance.now() - t0;
  });
  cpu.push((await threadTime()) - before);
  await cdp.detach();
  return wall;
}

async function main(): Promise<void> {
  // kept in the temporary folder, to profile the same data in Node
  const file = path.join(os.tmpdir(), 'lens-bench-compare-twelve.json');
  fs.writeFileSync(file, await backupOfTwelve());
  const context = await launchWithExtension({ viewport: { width: 360, height: 800 } });
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${await extensionId(context)}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Backup and export' }).click();
  await panel.setInputFiles('input[type=file][accept*=json]', file);
  await panel.getByRole('status').filter({ hasText: '12 reports' }).waitFor({ timeout: 60000 });
  const first: number[] = [];
  const model: number[] = [];
  const again: number[] = [];
  const firstCpu: number[] = [];
  const againCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Restoring again makes the panel read the store afresh, so Compare builds its model anew.
    await panel.getByRole('tab', { name: 'Backup and export' }).click();
    await panel.setInputFiles('input[type=file][accept*=json]', file);
    await panel.getByRole('status').filter({ hasText: '0 reports' }).waitFor({ timeout: 60000 });
    first.push(await openCompare(panel, firstCpu));
    model.push(await panel.evaluate(() => performance.getEntriesByName('compare-model').at(-1)!.duration));
    again.push(await openCompare(panel, againCpu));
  }
  const inspections = await panel.locator('.inspections > li').count();
  const items = await panel.locator('.not-repeated > li, .recurring li').count();
  console.log(
    `Compare in a 360 px panel: ${inspections} inspections × 30 recommendations, ${items} recommendation items shown (${RUNS} runs)`,
  );
  console.log(
    `  first open after the store changed: median ${median(first)} ms wall, ${median(firstCpu)} ms main-thread CPU (the model: median ${median(model)} ms wall)`,
  );
  console.log(`  opened again (model kept): median ${median(again)} ms wall, ${median(againCpu)} ms main-thread CPU`);
  const t = process.cpuUsage();
  const docs = JSON.parse(fs.readFileSync(file, 'utf8')).reports as SourceDocument[];
  for (let i = 0; i < RUNS; i++) buildCompareModel(docs.at(-1)!, docs, []);
  const cpu = process.cpuUsage(t);
  console.log(
    `  the model in Node: ${((cpu.user + cpu.system) / 1000 / RUNS).toFixed(0)} ms of CPU time per build; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  );
  await context.close();
}

main().catch((error: unknown) => {
  console.error(`bench:compare-panel: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
