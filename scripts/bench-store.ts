// npm run bench:store: the side panel in Chromium over a store of 1,000 reports and 10,000 clips:
// first render, search, and backup export and import times, and how long the panel froze while importing.
// BENCH_BASELINE=DIR also restores the store into the build in DIR and alternates panel openings with it;
// RUNS sets how many openings of each kind (5).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { detectReport } from '../lib/detect/detect-report';
import { makeAnchor } from '../lib/model/anchor';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../lib/storage/backup-schema';
import type { Clip, StoredReport } from '../lib/model/store-schemas';
import { BUILD_TEST_COMMAND, extensionId, launchWithExtension } from '../support/browser-harness';
import { readInputText } from './read-input';

const root = path.resolve(import.meta.dirname, '..');
const REPORTS = 1000;
const CLIPS = 10000;
const STATUSES = ['to raise', 'raised', 'response received', 'closed'] as const;

async function makeStore(): Promise<{ reports: StoredReport[]; clips: Clip[] }> {
  const dir = path.join(root, 'tests/fixtures/pdf');
  const sources = await Promise.all(
    fs
      .readdirSync(dir)
      .filter((f) => /^\d/.test(f))
      .map(async (f) => readInputText(path.join(dir, f))),
  );
  const reports: StoredReport[] = [];
  const clips: Clip[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const text = sources[i % sources.length]!;
    const f = detectReport(text);
    const id = `bench-report-${i}`;
    reports.push({
      id,
      fingerprint: id,
      urls: [`https://example.gov.uk/${id}.pdf`],
      title: `Report ${i}`,
      savedAt: '2026-11-21T10:00:00Z',
      ...f,
      document: { ...f.document, authority: `Authority ${i % 150}` },
    });
    for (let k = 0; k < CLIPS / REPORTS; k++) {
      const r = f.recommendations[k % f.recommendations.length]!;
      const day = String(1 + ((i + k) % 28)).padStart(2, '0');
      clips.push({
        id: `${id}-clip-${k}`,
        reportId: id,
        authority: `Authority ${i % 150}`,
        kind: 'recommendation',
        anchor: makeAnchor(text, r.start, r.end),
        note: k % 3 === 0 ? `Ask about progress at panel ${i}` : '',
        tags: k % 2 ? ['placements'] : ['health', `t${i % 20}`],
        status: STATUSES[(i + k) % 4]!,
        due: null,
        createdAt: `2026-11-${day}T10:00:00Z`,
        updatedAt: `2026-11-${day}T10:00:00Z`,
      });
    }
  }
  return { reports, clips };
}

const clipsTabCount = (page: Page) => page.getByRole('tab', { name: /My clips/ }).textContent();

interface Side {
  name: string;
  page: Page;
  panelUrl: string;
  importMs: number;
  importWatch: { gap: number; messages: number };
  renders: number[];
  shown: number[];
  searchable: number[];
}

// Opens the panel in `context`, restores the backup into its empty store, and watches the panel meanwhile.
async function openAndImport(name: string, context: BrowserContext, backupFile: string): Promise<Side> {
  const panelUrl = `chrome-extension://${await extensionId(context)}/sidepanel.html`;
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(panelUrl);
  await page.getByRole('tab', { name: 'Backup and export' }).click();

  // While importing: the longest gap between 10 ms timer ticks (the panel frozen that long), and
  // every distinct message the panel showed meanwhile (its progress).
  await page.evaluate(() => {
    const w = window as unknown as { benchGap: number; benchTexts: Set<string> };
    w.benchGap = 0;
    w.benchTexts = new Set();
    let last = performance.now();
    setInterval(() => ((w.benchGap = Math.max(w.benchGap, performance.now() - last)), (last = performance.now())), 10);
    new MutationObserver(() =>
      document.querySelectorAll('[role=status],[role=progressbar]').forEach((e) => w.benchTexts.add(e.textContent ?? '')),
    ).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const t = Date.now();
  await page.setInputFiles('input[type=file][accept*=json]', backupFile);
  await page.getByRole('status').filter({ hasText: 'Restored' }).waitFor({ timeout: 300000 });
  const importMs = Date.now() - t;
  const importWatch = await page.evaluate(() => {
    const w = window as unknown as { benchGap: number; benchTexts: Set<string> };
    return { gap: Math.round(w.benchGap), messages: [...w.benchTexts].filter((x) => x && !x.startsWith('Restored')).length };
  });
  return { name, page, panelUrl, importMs, importWatch, renders: [], shown: [], searchable: [] };
}

// One panel opening of each kind, timed on `side`.
async function timeOpenings(side: Side): Promise<void> {
  const { page, panelUrl } = side;
  let t = Date.now();
  await page.goto(panelUrl);
  await page.getByRole('tab', { name: `My clips (${CLIPS})` }).waitFor({ timeout: 60000 });
  side.renders.push(Date.now() - t);
  // The panel opened and My clips chosen at once: until the first clip and the count are shown.
  t = Date.now();
  await page.goto(panelUrl);
  await page.getByRole('tab', { name: /My clips/ }).click();
  await page.locator('.clips > li').first().waitFor({ timeout: 60000 });
  await page.getByText(`${CLIPS} clips`, { exact: true }).waitFor({ timeout: 60000 });
  side.shown.push(Date.now() - t);
}

// The panel opened and My clips chosen: until every clip is read and a search answers from all of them.
async function timeSearchable(side: Side): Promise<void> {
  const { page, panelUrl } = side;
  const t = Date.now();
  await page.goto(panelUrl);
  await page.getByRole('tab', { name: /My clips/ }).click();
  await page.getByRole('searchbox', { name: 'Search clips' }).fill('zzz-no-such-text');
  await page.getByText(`0 of ${CLIPS} clips match`, { exact: true }).waitFor({ timeout: 60000 });
  side.searchable.push(Date.now() - t);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function printOpenings(side: Side): void {
  console.log(`  import of the whole backup into an empty store   ${side.importMs} ms`);
  console.log(
    `  panel frozen during the import                   longest ${side.importWatch.gap} ms; ${side.importWatch.messages} progress messages shown`,
  );
  console.log(
    `  panel open → "My clips (${CLIPS})" rendered       median ${median(side.renders)} ms (of ${side.renders.length}: ${side.renders.join(', ')})`,
  );
  console.log(
    `  panel open → My clips chosen → first clip shown  median ${median(side.shown)} ms (of ${side.shown.length}: ${side.shown.join(', ')})`,
  );
  console.log(
    `  panel open → My clips chosen → all clips searchable median ${median(side.searchable)} ms (of ${side.searchable.length}: ${side.searchable.join(', ')})`,
  );
}

async function main(): Promise<void> {
  // BENCH_EXTENSION: measure a build kept elsewhere instead of building.
  if (!process.env.BENCH_EXTENSION) execSync(BUILD_TEST_COMMAND, { cwd: root, stdio: 'ignore' });
  const data = await makeStore();
  const backupFile = path.join(os.tmpdir(), 'lens-bench-backup.json');
  fs.writeFileSync(
    backupFile,
    JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-21', ...data }),
  );
  const context = await launchWithExtension();
  const side = await openAndImport('this build', context, backupFile);
  // BENCH_BASELINE: another build (main's, say) in a browser of its own, given the same store; its
  // panel openings alternate with this build's, one by one, so both meet the same machine load.
  const baselineContext = process.env.BENCH_BASELINE
    ? await launchWithExtension({ extension: path.resolve(process.env.BENCH_BASELINE) })
    : null;
  const baseline = baselineContext ? await openAndImport('baseline', baselineContext, backupFile) : null;
  const runs = Number(process.env.RUNS ?? 5);
  for (let i = 0; i < runs; i++) for (const s of baseline ? [side, baseline] : [side]) await timeOpenings(s);
  for (let i = 0; i < 3; i++) for (const s of baseline ? [side, baseline] : [side]) await timeSearchable(s);
  await baselineContext?.close();
  const { page } = side;
  await page.getByRole('searchbox', { name: 'Search clips' }).fill('');
  // Switching to My clips in an open panel: click → first clip shown.
  const switches: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.getByRole('tab', { name: 'Backup and export' }).click();
    await page.locator('.clips').waitFor({ state: 'detached' });
    const t = Date.now();
    await page.getByRole('tab', { name: /My clips/ }).click();
    await page.locator('.clips > li').first().waitFor();
    switches.push(Date.now() - t);
  }
  const rendered = await page.locator('.clips > li').count();
  // Searches answer from every clip (not only the newest, read first): wait until all are read.
  await page.getByRole('searchbox', { name: 'Search clips' }).fill('zzz-no-such-text');
  await page.getByText(`0 of ${CLIPS} clips match`, { exact: true }).waitFor({ timeout: 60000 });
  await page.getByRole('searchbox', { name: 'Search clips' }).fill('');
  await page.getByText(`${CLIPS} clips`, { exact: true }).waitFor({ timeout: 60000 });
  const searches: number[] = [];
  for (const query of ['progress', 'placements', 'oversight of children', 'zzz-no-such-text', '']) {
    searches.push(
      await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
        const count = document.querySelector('[aria-live]')!;
        const before = count.textContent;
        const t0 = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (count.textContent === before && performance.now() - t0 < 5000) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      }, query),
    );
  }
  await page.getByRole('tab', { name: 'Backup and export' }).click();
  const t = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up everything (JSON)' }).click(),
  ]);
  await download.path();
  const exportMs = Date.now() - t;
  console.log(
    `Store: ${REPORTS} reports, ${CLIPS} clips (backup file ${(fs.statSync(backupFile).size / 1024 / 1024).toFixed(1)} MB), Chromium IndexedDB`,
  );
  printOpenings(side);
  console.log(
    `  tab click → My clips shown (panel already open)  median ${median(switches)} ms (of ${switches.length}: ${switches.join(', ')}); ${rendered} clips in the page`,
  );
  console.log(
    `  search over ${CLIPS} clips, keystroke → list shown  median ${median(searches).toFixed(0)} ms, worst ${Math.max(...searches).toFixed(0)} ms`,
  );
  console.log(`  export of the whole store as a backup file       ${exportMs} ms`);
  console.log(`  still ${await clipsTabCount(page)} after the run`);
  if (baseline) {
    console.log(`Baseline build (${process.env.BENCH_BASELINE}), its panel openings alternated with these:`);
    printOpenings(baseline);
    const ratios = (a: number[], b: number[]) => a.map((x, i) => x / b[i]!);
    console.log(
      `  per-pair ratio (this / baseline), median: "My clips (${CLIPS})" ${median(ratios(side.renders, baseline.renders)).toFixed(2)}; first clip ${median(ratios(side.shown, baseline.shown)).toFixed(2)}; searchable ${median(ratios(side.searchable, baseline.searchable)).toFixed(2)}`,
    );
  }
  await context.close();
}

main().catch((error: unknown) => {
  console.error(`bench:store: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
