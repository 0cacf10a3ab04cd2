// Capability 7 in Firefox ESR: the same stand-in Ofsted site, reached through Firefox's proxy
// prefs with the throwaway certificate accepted: the panel for a reorganised authority, and the
// banner driven by keyboard alone (its shadow root is closed); the queue and the store are read
// from an extension page.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFSTED_HOSTS, serveOfstedSite, type OfstedSite } from '../../support/ofsted-site';
import { inspectionYears, stockSite } from './ofsted-helpers';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = path.resolve(import.meta.dirname, '../../.output/firefox-mv2-test');
const UUID = '6f1c7f3e-2b1d-4a55-9d2c-0f7a1c3e9b21';
const EXT = `moz-extension://${UUID}`;
const FAST = { pacingMs: 300, timeoutMs: 3000, retryBaseMs: 300, tries: 2 };

// Firefox itself (not the extension) fetches its remote settings; the proxy sees that connection too.
const FIREFOX_OWN = /^firefox\.settings\.services\.mozilla\.com:443$/;

let browser: Browser;
let site: OfstedSite;

beforeAll(async () => {
  if (!fs.existsSync(path.join(BUILD, 'manifest.json')))
    throw new Error('build the Firefox extension first: npm run build:firefox');
  site = await serveOfstedSite();
  stockSite(site, Buffer.from('%PDF-1.4\n%%EOF\n'));
  const [host, port] = site.proxy.split(':');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': host,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': host,
      'network.proxy.ssl_port': Number(port),
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ 'inspection-lens@example.org': UUID }),
    },
  });
  await browser.installExtension(BUILD);
  const page = await extensionPage();
  await page.evaluate((s) => (globalThis as unknown as Ext).browser.storage.local.set({ 'ofsted-queue-settings': s }), FAST);
  await page.close();
}, 60000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Tabs {
  browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
}

interface Ext {
  browser: { storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } };
}

/** An extension page, to read the queue and the store. (Puppeteer over BiDi does not see the
 * navigation to a moz-extension: address finish, so the page is waited for by its own state.) */
async function extensionPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${EXT}/sidepanel.html`, { waitUntil: 'domcontentloaded', timeout: 3000 }).catch(() => {});
  await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', {
    timeout: 20000,
  });
  return page;
}

async function queueLines(): Promise<string[]> {
  const page = await extensionPage();
  const q = (await page.evaluate(() => (globalThis as unknown as Ext).browser.storage.local.get('ofsted-queue'))) as {
    'ofsted-queue'?: { items: Array<{ fileUrl: string; status: string; message: string }> };
  };
  await page.close();
  return (q['ofsted-queue']?.items ?? []).map((i) => `${i.fileUrl.split('/').pop()} ${i.status}: ${i.message}`);
}

async function storedUrls(): Promise<string[]> {
  const page = await extensionPage();
  const urls = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('inspection-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('reports').objectStore('reports').getAll();
          all.onsuccess = () => resolve(all.result.flatMap((r: { urls: string[] }) => r.urls));
        };
      }),
  );
  await page.close();
  return urls.sort();
}

describe('Ofsted history in Firefox ESR', () => {
  it('gets West Northamptonshire’s and its predecessor’s reports from the panel', async () => {
    const viewer = await browser.newPage();
    const file = encodeURIComponent('https://files.ofsted.gov.uk/v1/file/wn-2026');
    await viewer.goto(`${EXT}/viewer.html?file=${file}`, { waitUntil: 'domcontentloaded', timeout: 3000 }).catch(() => {});
    await viewer.waitForSelector('.finding-list', { timeout: 30000 });
    const lookup = await extensionPage();
    const tabId = await lookup.evaluate(
      (ext) =>
        (globalThis as unknown as Tabs).browser.tabs
          .query({})
          .then((tabs) => tabs.find((t) => t.url?.startsWith(`${ext}/viewer.html`))!.id),
      EXT,
    );
    await lookup.close();
    const panel = await browser.newPage();
    await panel.goto(`${EXT}/sidepanel.html?tab=${tabId}`, { waitUntil: 'domcontentloaded', timeout: 3000 }).catch(() => {});
    await panel.waitForSelector('[role=tab]', { timeout: 20000 });
    const click = (selector: string, text: string) =>
      panel.waitForFunction(
        (sel, words) => {
          const target = [...document.querySelectorAll<HTMLElement>(sel)].find((e) => e.textContent?.includes(words));
          target?.click();
          return !!target;
        },
        { timeout: 20000 },
        selector,
        text,
      );
    await click('[role=tab]', 'Compare');
    await click('button', 'Get West Northamptonshire’s earlier reports from Ofsted');
    await panel.waitForFunction(() => document.querySelectorAll('.ofsted-choice').length === 3, { timeout: 20000 });
    expect(await panel.$$eval('.ofsted-choice', (els) => els.map((e) => e.textContent!.trim()))).toEqual([
      'West Northamptonshire: inspection, 7 July 2026',
      'West Northamptonshire: inspection, 25 November 2022',
      'Northamptonshire: area SEND, 12 July 2024',
    ]);
    await click('button', 'Add 3 chosen reports');
    await expect.poll(queueLines, { timeout: 60000, interval: 1000 }).toEqual([
      expect.stringMatching(/^wn-2026 saved: West Northamptonshire, \d+ judgements/),
      expect.stringMatching(/^wn-2022 saved: West Northamptonshire, \d+ judgements/),
      // the predecessor's page lists an area SEND report: its outcome and actions are read and kept
      expect.stringMatching(/^wn-2024-send saved: West Northamptonshire, 1 judgement, \d+ recommendations/),
    ]);
    expect(await storedUrls()).toEqual(
      ['wn-2022', 'wn-2024-send', 'wn-2026'].map((f) => `https://files.ofsted.gov.uk/v1/file/${f}`),
    );
    await expect.poll(() => inspectionYears(panel), { timeout: 20000 }).toEqual(expect.arrayContaining(['2022', '2026']));
    await panel.close();
    await viewer.close();
  }, 120_000);

  it('adds Bolton’s reports from the banner, by keyboard', async () => {
    const page = await browser.newPage();
    await page.goto('https://reports.ofsted.gov.uk/provider/44/80432');
    await page.waitForFunction(() => document.querySelector('inspection-lens-banner'), { timeout: 30000 });
    expect(site.requests.filter((r) => r.path.includes('/bolton-'))).toEqual([]);
    // Three report links, then the banner: its close button, then "Add to your history…".
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // opens the choice; focus moves to the first kind
    await page.keyboard.press('Tab'); // only one kind here: on to "Add the chosen reports"
    await page.keyboard.press('Enter');
    await expect
      .poll(queueLines, { timeout: 60000, interval: 1000 })
      .toEqual([
        expect.stringMatching(/^bolton-2023-10-27 saved: Bolton, \d+ judgements/),
        expect.stringMatching(/^bolton-2018-06-12 saved: Bolton, \d+ judgements/),
        expect.stringMatching(/^bolton-2014-03-21 saved: Bolton, \d+ judgements/),
      ]);
    await page.close();
  });

  it('ends each fault with its line (Dudley, from the banner)', async () => {
    const page = await browser.newPage();
    await page.goto('https://reports.ofsted.gov.uk/provider/44/80464');
    await page.waitForFunction(() => document.querySelector('inspection-lens-banner'), { timeout: 30000 });
    for (let i = 0; i < 11; i++) await page.keyboard.press('Tab'); // nine links, close, "Add to your history…"
    await page.keyboard.press('Enter');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab'); // past the five kinds' boxes (first has focus)
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await queueLines()).filter((l) => !/waiting|fetching/.test(l)).length, {
        timeout: 90000,
        interval: 1000,
      })
      .toBe(9);
    const lines = await queueLines();
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dudley-2023 saved: Dudley/),
        expect.stringMatching(/^dudley-2016 saved: Dudley/),
        expect.stringMatching(/^dudley-2016-again skipped: already saved/),
        'dudley-missing failed: not found on Ofsted’s site (404)',
        'dudley-sign-in failed: not a PDF: Ofsted’s site sent a web page instead',
        'dudley-cut failed: the PDF arrived incomplete (cut off before its end), after 2 tries',
        'dudley-slow failed: no answer from files.ofsted.gov.uk (timed out), after 2 tries',
      ]),
    );
    await page.close();
  }, 120_000);

  it('sent no request to any host but the two Ofsted hosts', () => {
    const notFirefoxs = site.connections.filter((c) => !FIREFOX_OWN.test(c));
    expect([...new Set(notFirefoxs)].sort()).toEqual(OFSTED_HOSTS.map((h) => `${h}:443`).sort());
    expect(site.requests.every((r) => OFSTED_HOSTS.includes(r.host))).toBe(true);
  });
});
