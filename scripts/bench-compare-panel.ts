// npm run bench:compare-panel: Compare in Chromium's side panel (360 px) for an authority with 12
// stored inspections of 30 recommendations each. The store is filled through the panel's own
// "Restore from a backup…"; each run opens Compare from the Authorities tab and times, in the page,
// from the click to the frame after the whole view (down to the neighbours) is in the document.
// Recommendations are real ones from corpus reports; judgements are Dudley's own (SIF 2016, ILACS 2018).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectReport } from '../lib/detect/detect-report';
import type { Recommendation } from '../lib/model/findings';
import { extensionId, launchWithExtension } from './harness';
import { readInputText } from './read-input';

const root = path.resolve(import.meta.dirname, '..');
const CORPUS = path.join(process.env.SHARED_DIR ?? path.resolve(root, '../shared'), 'corpus', 'ofsted');
const RUNS = 15;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await panel.getByRole('tab', { name: 'Authorities' }).click();
    await panel.getByRole('button', { name: 'Compare Dudley’s inspections' }).waitFor();
    times.push(
      await panel.evaluate(async () => {
        const t0 = performance.now();
        document.querySelector<HTMLButtonElement>('button[aria-label="Compare Dudley’s inspections"]')!.click();
        while (!document.querySelector('.compare .neighbours')) await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        return performance.now() - t0;
      }),
    );
  }
  const inspections = await panel.locator('.inspections > li').count();
  const links = await panel.locator('.not-repeated > li, .recurring li').count();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `Compare in the panel, ${inspections} inspections × 30 recommendations (${links} recommendation items shown): ` +
      `median ${sorted[Math.floor(RUNS / 2)]!.toFixed(0)} ms, fastest ${sorted[0]!.toFixed(0)} ms, slowest ${sorted.at(-1)!.toFixed(0)} ms (${RUNS} runs, 360 px)`,
  );
  await context.close();
}

main().catch((error: unknown) => {
  console.error(`bench:compare-panel: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
