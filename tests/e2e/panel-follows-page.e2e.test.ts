// The side panel follows the report its tab shows, in Chromium: a page that rewrites itself, a PDF
// opened inside the viewer with "Open a PDF…", and a long page still being read when the panel
// asks. The panel is pinned to the tab (sidepanel.html?tab=ID): Playwright cannot click the toolbar.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionId, launchWithExtension, serveFixtures, viewerUrl } from '../../support/browser-harness';
import { frontTabId, waitForLens } from './page-helpers';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const pageFile = (name: string) => fs.readFileSync(path.join(fixtures, 'pages', name), 'utf8');
const bodyOf = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!;
// A long page: one report's body many times over, so reading it takes seconds.
const LONG = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body>${bodyOf(
  pageFile('80432-bolton_2014-03-21.html'),
).repeat(40)}</body></html>`;
const NOT_A_REPORT = /not a report Inspection Lens can read/;

let server: Awaited<ReturnType<typeof serveFixtures>>;
let context: BrowserContext;
let id: string;
beforeAll(async () => {
  server = await serveFixtures({ 'long-report.html': LONG });
  context = await launchWithExtension();
  id = await extensionId(context);
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

async function panelFor(tabId: number): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('[role=tab]');
  return panel;
}
const title = (panel: Page) =>
  panel
    .locator('#report-title')
    .textContent({ timeout: 1000 })
    .catch(() => '');
const SLOW = { timeout: 60000, interval: 250 };

/** The reports saved in the store, read from IndexedDB in an extension page. */
const storedReports = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('inspection-lens');
        open.onsuccess = () => {
          const all = open.result.transaction('reports').objectStore('reports').getAll();
          all.onsuccess = () => (resolve(all.result), open.result.close());
          all.onerror = () => reject(all.error);
        };
      }),
  );

describe('side panel follows its tab', () => {
  it('shows the new report after the page rewrites itself, and saves that one', async () => {
    const report = await context.newPage();
    await report.goto(server.url('80432-bolton_2014-03-21.html'));
    expect(await waitForLens(report)).toBe('painted');
    await report.bringToFront();
    const panel = await panelFor(await frontTabId(context));
    await expect.poll(() => title(panel), SLOW).toMatch(/Bolton/);
    const bexley = bodyOf(pageFile('80488-bexley_2023-03-24.html'));
    await report.evaluate((body) => {
      document.body.innerHTML = body;
      history.pushState({}, '', '#bexley');
    }, bexley);
    await expect.poll(() => title(panel), SLOW).toMatch(/Bexley/);
    await panel.getByRole('button', { name: /Save report/ }).click();
    await expect.poll(async () => JSON.stringify(await storedReports(panel)), SLOW).toMatch(/Bexley/);
    expect(JSON.stringify(await storedReports(panel))).not.toMatch(/Bolton/);
    await panel.close();
    await report.close();
  }, 180000);

  it('shows each PDF opened in the viewer with "Open a PDF…"', async () => {
    const viewer = await context.newPage();
    await viewer.goto(viewerUrl(id));
    await viewer.waitForSelector('input[type=file]', { state: 'attached' });
    const tabId = await viewer.evaluate(() =>
      (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome.tabs
        .getCurrent()
        .then((t) => t.id),
    );
    const panel = await panelFor(tabId);
    await viewer.setInputFiles('input[type=file]', path.join(fixtures, 'pdf/80476-kent_2017-06-13.pdf'));
    await expect.poll(() => title(panel), { ...SLOW, timeout: 90000 }).toMatch(/Kent/);
    await viewer.setInputFiles('input[type=file]', path.join(fixtures, 'pdf/80464-dudley_2023-01-13.pdf'));
    await expect.poll(() => title(panel), { ...SLOW, timeout: 90000 }).toMatch(/Dudley/);
    await panel.close();
    await viewer.close();
  }, 240000);

  it('says "Reading…" on a long page until its findings arrive, never "not a report"', async () => {
    const report = await context.newPage();
    await report.goto('about:blank');
    await report.bringToFront();
    const panel = await panelFor(await frontTabId(context));
    await report.goto(server.url('long-report.html'), { waitUntil: 'domcontentloaded', timeout: 60000 });
    const said: string[] = [];
    const deadline = Date.now() + 150000;
    while (Date.now() < deadline && !(await panel.locator('.finding-list').count())) {
      said.push(
        (await panel
          .locator('.empty')
          .textContent({ timeout: 1000 })
          .catch(() => '')) ?? '',
      );
      await panel.waitForTimeout(250);
    }
    expect(await panel.locator('.finding-list').count()).toBe(1);
    expect(said.filter((s) => NOT_A_REPORT.test(s))).toEqual([]);
    expect(said.some((s) => /Reading/.test(s))).toBe(true);
    await panel.close();
    await report.close();
  }, 240000);
});
