// The page side in Firefox ESR beyond the content script: the viewer reads a PDF, and the sidebar
// (the same panel page) shows its report, clips a recommendation there (marked in the viewer at
// once) and lists it under My clips; and on a web page the sidebar's clip is marked and listed too.
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, tabShowing, type FirefoxWithExtension } from './firefox-extension';
import { serveSite } from './cors-site';

const PDF = path.resolve(import.meta.dirname, '../fixtures/pdf/80464-dudley_2023-01-13.pdf');

let firefox: FirefoxWithExtension;
let browser: Browser;
let server: FirefoxWithExtension['server'];
beforeAll(async () => {
  // Optional host permissions are granted without the prompt a headless browser cannot answer;
  // the extension still asks for them through permissions.request, from the user's click.
  firefox = await launchFirefoxWithExtension('0b7e3c1a-2f4d-4e5b-9a6c-7d8e9f0a1b2c', {
    'extensions.webextOptionalPermissionPrompts': false,
  });
  ({ browser, server } = firefox);
});
afterAll(async () => {
  await firefox?.close();
});
const openExtensionPage = (file: string) => firefox.openExtensionPage(file);

const highlights = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])));

/** The viewer's own tab id, asked of the viewer (an extension page may ask for its tab). */
const ownTabId = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { browser: { tabs: { getCurrent: () => Promise<{ id: number }> } } }).browser.tabs
      .getCurrent()
      .then((t) => t.id),
  );

const text = (page: Page) => page.evaluate(() => document.body.innerText);

describe('Firefox ESR: the viewer and the sidebar', () => {
  it('reads a PDF in the viewer; the sidebar shows its report, clips a recommendation (marked at once) and lists it in My clips', async () => {
    // A file from this computer: the Firefox test build has no permission for loopback addresses.
    const viewer = await openExtensionPage('viewer.html');
    const input = await viewer.waitForSelector('input[type=file]');
    await (input as unknown as { uploadFile: (p: string) => Promise<void> }).uploadFile(PDF);
    await viewer.waitForSelector('.finding-list', { timeout: 60000 });
    const painted = await highlights(viewer);
    expect(painted['inspection-lens-recommendation']?.length).toBeGreaterThan(0);
    await expect.poll(() => viewer.title()).toMatch(/^Dudley: children's services inspection, \w{3} 20\d\d$/);

    const tabId = await ownTabId(viewer);
    const panel = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('.finding-list', { timeout: 30000 });
    expect(await panel.$eval('#report-title', (h) => h.textContent)).toMatch(/^Dudley: children's services inspection/);
    // At 360 px the Area column keeps whole words (it once shrank to a few letters: "overal l judge ment").
    await panel.setViewport({ width: 360, height: 800 });
    const areaWidths = await panel.$$eval('.finding-list table tbody tr td:first-child', (cells) =>
      cells.map((c) => c.getBoundingClientRect().width),
    );
    expect(areaWidths.length).toBeGreaterThan(0);
    expect(Math.min(...areaWidths)).toBeGreaterThan(120);
    const clip = await panel.waitForSelector('button[aria-label="Clip recommendation 1"]:not([disabled])', { timeout: 20000 });
    await clip!.click();
    await expect.poll(async () => (await highlights(viewer))['lens-clip']?.length ?? 0, { timeout: 20000 }).toBe(1);
    expect(painted['inspection-lens-recommendation']).toContain((await highlights(viewer))['lens-clip']![0]);
    await panel.waitForFunction(() => /My clips \(1\)/.test(document.body.innerText), { timeout: 20000 });
    const tab = await panel.waitForSelector('[role=tab]::-p-text(My clips)');
    await tab!.click();
    await panel.waitForSelector('ul.clips > li', { timeout: 20000 });
    expect(await text(panel)).toContain('Dudley');
    await panel.close();
    await viewer.close();
  });

  it('on a web page, the sidebar’s clip is marked in the page and listed in My clips', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('ilacs-summary.html'));
    await page.waitForFunction(() => document.documentElement.dataset.inspectionLens === 'painted', { timeout: 30000 });
    const probe = await openExtensionPage('sidepanel.html');
    const tabId = await tabShowing(probe, server.url('ilacs-summary.html'));
    await probe.close();
    expect(tabId).toBeGreaterThan(0);
    const panel = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
    const clip = await panel.waitForSelector('button[aria-label="Clip recommendation 1"]:not([disabled])', { timeout: 20000 });
    await clip!.click();
    await panel.waitForFunction(
      () => /My clips \(\d+\)/.test(document.body.innerText) && !/My clips \(0\)/.test(document.body.innerText),
      {
        timeout: 20000,
      },
    );
    // The mark lives in a closed shadow root: the page's scripts see findings only.
    expect(Object.keys(await highlights(page)).filter((n) => !n.startsWith('inspection-lens-'))).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('opens a PDF by an address with a port once the user allows that site (the permission must cover every port)', async () => {
    // The Firefox test build has no permission for loopback addresses, so the viewer asks for it.
    const viewer = await openExtensionPage(`viewer.html?file=${encodeURIComponent(server.url('80464-dudley_2023-01-13.pdf'))}`);
    await viewer.waitForFunction(() => document.body.innerText.includes('needs your permission to read files from 127.0.0.1'), {
      timeout: 20000,
    });
    const [allow] = await viewer.$$('xpath/.//button[normalize-space()="Allow"]');
    await allow!.click();
    await viewer.waitForSelector('.finding-list', { timeout: 40000 });
    await expect.poll(() => viewer.title()).toMatch(/^Dudley: children's services inspection/);
    await viewer.close();
  });

  it('"Add from addresses" says an address sent an empty file, not that nothing was found in it', async () => {
    const site = await serveSite({ 'empty.pdf': Buffer.alloc(0) });
    try {
      const panel = await openExtensionPage('sidepanel.html');
      const tab = await panel.waitForSelector('[role=tab]::-p-text(Compare)');
      await tab!.click();
      const urls = await panel.waitForSelector('#add-urls');
      await urls!.type(site.url('empty.pdf'));
      const [add] = await panel.$$('xpath/.//button[normalize-space()="Add from addresses"]');
      await add!.click();
      await panel.waitForFunction(() => /1 of 1 read/.test(document.body.innerText), { timeout: 30000 });
      const result = await panel.$eval('.add-results li', (li) => li.textContent);
      expect(result).toMatch(
        /^✗ http:\S+\/empty\.pdf: This address sent an empty file \(0 bytes\), so there is nothing to read\./,
      );
      await panel.close();
    } finally {
      await site.close();
    }
  });
});
