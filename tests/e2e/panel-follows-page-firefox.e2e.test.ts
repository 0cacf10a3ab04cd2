// The side panel follows the report its tab shows, in Firefox ESR: a page that rewrites itself, and
// PDFs opened one after another inside the viewer with "Open a PDF…". The panel is opened as a
// page pinned to the tab (sidepanel.html?tab=ID).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures } from '../../support/browser-harness';
import { launchFirefoxWithExtension, tabShowing, type FirefoxWithExtension } from './firefox-extension';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const bodyOf = (name: string) =>
  /<body[^>]*>([\s\S]*)<\/body>/i.exec(fs.readFileSync(path.join(fixtures, 'pages', name), 'utf8'))![1]!;
const SLOW = { timeout: 90000, interval: 250 };
const NOT_A_REPORT = /not a report Inspection Lens can read/;

let firefox: FirefoxWithExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension('6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b');
});
afterAll(async () => {
  await firefox?.close();
});

async function panelFor(tabId: number): Promise<Page> {
  const panel = await firefox.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('[role=tab]', { timeout: 30000 });
  return panel;
}
const title = (panel: Page) => panel.evaluate(() => document.querySelector('#report-title')?.textContent ?? '');
const storedReports = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('inspection-lens');
        open.onsuccess = () => {
          const all = open.result.transaction('reports').objectStore('reports').getAll();
          all.onsuccess = () => (resolve(JSON.stringify(all.result)), open.result.close());
          all.onerror = () => reject(all.error);
        };
      }),
  );

describe('side panel follows its tab (Firefox)', () => {
  it('shows the new report after the page rewrites itself, and saves that one', async () => {
    const url = firefox.server.url('80432-bolton_2014-03-21.html');
    const report = await firefox.browser.newPage();
    await report.goto(url);
    await report.waitForFunction(() => document.documentElement.dataset.inspectionLens === 'painted', { timeout: 60000 });
    const probe = await firefox.openExtensionPage('sidepanel.html');
    const tabId = await tabShowing(probe, url);
    await probe.close();
    const panel = await panelFor(tabId);
    await expect.poll(() => title(panel), SLOW).toMatch(/Bolton/);
    await report.evaluate((body) => {
      document.body.innerHTML = body;
      history.pushState({}, '', '#bexley');
    }, bodyOf('80488-bexley_2023-03-24.html'));
    await expect.poll(() => title(panel), SLOW).toMatch(/Bexley/);
    await panel.locator('::-p-aria([name="Save report"][role="button"])').click();
    await expect.poll(() => storedReports(panel), SLOW).toMatch(/Bexley/);
    expect(await storedReports(panel)).not.toMatch(/Bolton/);
    await panel.close();
    await report.close();
  }, 240000);

  it('shows each PDF opened in the viewer with "Open a PDF…"', async () => {
    const viewer = await firefox.openExtensionPage('viewer.html');
    const tabId = await viewer.evaluate(() =>
      (globalThis as unknown as { browser: { tabs: { getCurrent(): Promise<{ id: number }> } } }).browser.tabs
        .getCurrent()
        .then((t) => t.id),
    );
    const panel = await panelFor(tabId);
    const input = await viewer.waitForSelector('input[type=file]');
    await input!.uploadFile(path.join(fixtures, 'pdf/80476-kent_2017-06-13.pdf'));
    await expect.poll(() => title(panel), SLOW).toMatch(/Kent/);
    const again = await viewer.waitForSelector('input[type=file]');
    await again!.uploadFile(path.join(fixtures, 'pdf/80464-dudley_2023-01-13.pdf'));
    await expect.poll(() => title(panel), SLOW).toMatch(/Dudley/);
    await panel.close();
    await viewer.close();
  }, 240000);

  it('says "Reading…" on a long page until its findings arrive, never "not a report"', async () => {
    // A long page: one report's body many times over, so reading it takes seconds.
    const long = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body>${bodyOf(
      '80432-bolton_2014-03-21.html',
    ).repeat(40)}</body></html>`;
    const server = await serveFixtures({ 'long-report.html': long });
    const report = await firefox.browser.newPage();
    await report.goto(server.url('ilacs-summary.html'));
    await report.waitForFunction(() => document.documentElement.dataset.inspectionLens === 'painted', { timeout: 60000 });
    const probe = await firefox.openExtensionPage('sidepanel.html');
    const tabId = await tabShowing(probe, server.url('ilacs-summary.html'));
    await probe.close();
    const panel = await panelFor(tabId);
    await report.goto(server.url('long-report.html'), { waitUntil: 'domcontentloaded', timeout: 60000 });
    const said: string[] = [];
    const deadline = Date.now() + 150000;
    while (Date.now() < deadline && !/Bolton/.test(await title(panel))) {
      said.push(await panel.evaluate(() => document.querySelector('.empty')?.textContent ?? ''));
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(await title(panel)).toMatch(/Bolton/);
    expect(said.filter((s) => NOT_A_REPORT.test(s))).toEqual([]);
    await panel.close();
    await report.close();
    await server.close();
  }, 240000);
});
