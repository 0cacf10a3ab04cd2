// npm run bench:compare: (1) the inspection history, moves and recommendation links for an
// authority of 12 inspections × 30 recommendations (pure compute, in Node); (2) "Add reports…" with
// 20 corpus PDFs in Chromium's side panel: time per report, from picking the files to each one
// stored. `-- --pure` runs (1) only.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { areaMoves } from '../lib/compare/area-moves';
import { buildInspectionHistory } from '../lib/compare/inspections';
import { linkRecommendations } from '../lib/compare/recommendation-links';
import type { SourceDocument } from '../lib/compare/inspection-types';
import type { Findings } from '../lib/model/findings';
import { detectReport } from '../lib/detect/detect-report';
import { BUILD_TEST_COMMAND, extensionId, launchWithExtension } from '../support/browser-harness';
import { readInputText } from './read-input';

const root = path.resolve(import.meta.dirname, '..');
const SHARED = process.env.SHARED_DIR ?? path.resolve(root, '../shared');
const CORPUS = path.join(SHARED, 'corpus', 'ofsted');

/** At least `n` distinct recommendations of corpus reports, in manifest order. */
async function corpusRecommendations(n: number): Promise<SourceDocument['recommendations']> {
  const files = fs.readFileSync(path.join(CORPUS, 'manifest.csv'), 'utf8').trim().split('\n').slice(1);
  const seen = new Map<string, SourceDocument['recommendations'][number]>();
  for (const line of files) {
    if (seen.size >= n) break;
    const recs = detectReport(await readInputText(path.join(CORPUS, line.split(',')[0]!))).recommendations;
    for (const r of recs) if (r.source !== 'committee') seen.set(r.quote, r);
  }
  return [...seen.values()];
}

/** Twelve ILACS reports of one authority, three years apart, each with 30 real corpus recommendations. */
function twelveInspections(base: Findings, recs: SourceDocument['recommendations']): SourceDocument[] {
  return Array.from({ length: 12 }, (_, i) => ({
    id: `i${i}`,
    title: `Inspection ${i + 1}`,
    document: { ...base.document, inspectionDates: `1 to 12 May ${1990 + 3 * i}`, publicationDate: null },
    judgements: base.judgements,
    recommendations: recs.slice(i * 30, i * 30 + 30),
  }));
}

/** Median and worst wall time of `runs` runs, and the median CPU time of this process (user + system),
 * which a shared, busy machine inflates less than wall time. */
function time(label: string, runs: number, work: () => void): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    work();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  [wall, cpu].forEach((x) => x.sort((a, b) => a - b));
  const mid = Math.floor(runs / 2);
  console.log(
    `${label}: median ${wall[mid]!.toFixed(1)} ms (CPU ${cpu[mid]!.toFixed(1)} ms), worst ${wall[runs - 1]!.toFixed(1)} ms (${runs} runs)`,
  );
}

async function main(): Promise<void> {
  const base = detectReport(await readInputText(path.join(root, 'tests/fixtures/pdf/80464-dudley_2018-12-10.pdf')));
  const twelve = twelveInspections(base, await corpusRecommendations(360));
  const history = buildInspectionHistory(twelve);
  console.log(
    `${history.inspections.length} inspections, ${history.inspections.reduce((n, e) => n + e.recommendations.length, 0)} recommendations`,
  );
  time('Inspection history, moves and links: 12 inspections × 30 recommendations', 20, () => {
    const h = buildInspectionHistory(twelve);
    areaMoves(h);
    linkRecommendations(h.inspections);
  });
  time('  of which recommendation links', 20, () => linkRecommendations(history.inspections));
  if (process.argv.includes('--pure')) return;
  execSync(BUILD_TEST_COMMAND, { cwd: root, stdio: 'ignore' });
  const lines = fs.readFileSync(path.join(CORPUS, 'manifest.csv'), 'utf8').trim().split('\n').slice(1);
  const pdfs = lines
    .filter((_, i) => i % 6 === 0)
    .slice(0, 20)
    .map((l) => path.join(CORPUS, l.split(',')[0]!));
  const context = await launchWithExtension();
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${await extensionId(context)}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Compare' }).click();
  const t0 = Date.now();
  await panel.setInputFiles('.add-reports input[type=file]', pdfs);
  await panel
    .locator('label[for=add-progress]', { hasText: `${pdfs.length} of ${pdfs.length} read` })
    .waitFor({ timeout: 600000 });
  const total = Date.now() - t0;
  const ok = await panel.locator('.add-results .ok').count();
  console.log(
    `Add reports: ${pdfs.length} corpus PDFs in ${total} ms, ${(total / pdfs.length).toFixed(0)} ms per report; ${ok} stored, ${pdfs.length - ok} refused`,
  );
  await context.close();
}

main().catch((error: unknown) => {
  console.error(`bench:compare: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
