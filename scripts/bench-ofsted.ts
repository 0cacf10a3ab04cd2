// Benchmark: 10 reports added from a provider page's banner, in Chromium, with Ofsted's site
// stood in for on 127.0.0.1 (so the fetch itself is local). Prints time per report (request sent →
// stored) and the total (click → last stored). Pacing between requests: --pacing MS (default 1000).
import fs from 'node:fs';
import path from 'node:path';
import { extensionId, launchWithExtension } from '../support/browser-harness';
import { providerPage, serveOfstedSite } from '../support/ofsted-site';
import { inBanner, proxyArgs, setQueueSettings } from '../tests/e2e/ofsted-helpers';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../shared');
const flag = process.argv.indexOf('--pacing');
const pacingMs = flag > 0 ? Number(process.argv[flag + 1]) : 1000;
const COUNT = 10;

const manifest = fs.readFileSync(path.join(SHARED, 'corpus/ofsted/manifest.csv'), 'utf8').trim().split('\n').slice(1);
const chosen = manifest
  .filter((_, i) => i % 11 === 0)
  .slice(0, COUNT)
  .map((line) => line.split(',')[0]!);
const site = await serveOfstedSite();
const files = chosen.map((f, i) => ({
  id: `bench-${i}`,
  label: `Children’s services inspection, pdf - ${f.split('/')[1]!.slice(8, 10)} May ${f.split('/')[1]!.slice(0, 4)}`,
}));
files.forEach((f, i) => site.files.set(f.id, { pdf: fs.readFileSync(path.join(SHARED, 'corpus/ofsted', chosen[i]!)) }));
site.pages.set('/provider/44/80464', providerPage('Dudley', files));

const context = await launchWithExtension({ args: proxyArgs(site) });
try {
  const id = await extensionId(context);
  await setQueueSettings(context, id, { pacingMs, timeoutMs: 30_000, retryBaseMs: 1000, tries: 3 });
  const watcher = await context.newPage();
  await watcher.goto(`chrome-extension://${id}/sidepanel.html`);
  await watcher.evaluate(() => {
    type Changes = Record<string, { newValue?: { items: Array<{ fileUrl: string; status: string }> } }>;
    const w = window as unknown as {
      settled: Record<string, number>;
      chrome: { storage: { onChanged: { addListener(f: (changes: Changes) => void): void } } };
    };
    w.settled = {};
    w.chrome.storage.onChanged.addListener((changes) => {
      for (const item of changes['ofsted-queue']?.newValue?.items ?? [])
        if (!/waiting|fetching/.test(item.status)) w.settled[item.fileUrl] ??= Date.now();
    });
  });
  const page = await context.newPage();
  await page.goto('https://reports.ofsted.gov.uk/provider/44/80464');
  await page.waitForFunction(() => document.querySelector('inspection-lens-banner'), null, { timeout: 30000 });
  await inBanner(page, 'function () { this.querySelector("button[aria-expanded]").click(); }');
  const clicked = Date.now();
  await inBanner(page, 'function () { this.querySelector("form").requestSubmit(); }');
  await watcher.waitForFunction((n) => Object.keys((window as unknown as { settled: object }).settled).length >= n, COUNT, {
    timeout: 600_000,
  });
  const settled = await watcher.evaluate(() => (window as unknown as { settled: Record<string, number> }).settled);
  const rows = files.map((f) => {
    const url = `https://files.ofsted.gov.uk/v1/file/${f.id}`;
    const sent = site.requests.find((r) => r.path.endsWith(`/${f.id}`))!.at;
    return { file: chosen[files.indexOf(f)]!, ms: settled[url]! - sent };
  });
  const total = Math.max(...Object.values(settled)) - clicked;
  const per = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `Ofsted history benchmark: ${COUNT} corpus reports from a provider page (fetch served on 127.0.0.1), pacing ${pacingMs} ms`,
  );
  for (const r of rows) console.log(`  ${r.file.padEnd(48)} ${String(r.ms).padStart(6)} ms (request → stored)`);
  console.log(`per report: median ${per[Math.floor(per.length / 2)]} ms, max ${per[per.length - 1]} ms`);
  console.log(
    `total: ${total} ms from the click to the last report stored (${COUNT - 1} pacing gaps of ${pacingMs} ms included)`,
  );
} finally {
  await context.close();
  await site.close();
}
