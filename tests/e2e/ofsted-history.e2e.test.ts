// Capability 7 in Chromium: an authority's reports from Ofsted's report site, through a local
// stand-in for reports.ofsted.gov.uk and files.ofsted.gov.uk (a recording proxy and a throwaway
// certificate). From the banner on Dudley's provider page, with a fault behind most links; from the
// panel for West Northamptonshire and its predecessor, with the browser closed half-way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionId, launchWithExtension } from '../../support/browser-harness';
import { OFSTED_HOSTS, serveOfstedSite, type OfstedSite } from '../../support/ofsted-site';
import {
  bannerText,
  inBanner,
  inspectionYears,
  proxyArgs,
  queueState,
  setQueueSettings,
  stockSite,
  storedReports,
} from './ofsted-helpers';
import { frontTabId, waitForLens } from './page-helpers';

let site: OfstedSite;
let context: BrowserContext;
let id: string;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-ofsted-'));
const FAST = { pacingMs: 300, timeoutMs: 3000, retryBaseMs: 300, tries: 2 };
/** Every request the extension's pages, content script and service worker made, seen by the browser. */
const seen: string[] = [];
async function launch(): Promise<BrowserContext> {
  const ctx = await launchWithExtension({ userDataDir: profile, args: proxyArgs(site) });
  ctx.on('request', (request) => void seen.push(request.url()));
  return ctx;
}

async function scannedPdf(ctx: BrowserContext): Promise<Buffer> {
  const page = await ctx.newPage();
  await page.setContent('<div style="width:400px;height:300px;background:linear-gradient(#888,#eee)"></div>');
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

beforeAll(async () => {
  site = await serveOfstedSite();
  context = await launch();
  stockSite(site, await scannedPdf(context));
  id = await extensionId(context);
  await setQueueSettings(context, id, FAST);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

// Chromium itself (not the extension) checks for updates and accounts even with background
// networking off; the proxy sees those connections too, so they are named here and set aside.
const CHROMIUM_OWN = /^(?:accounts\.google\.com|clients\d\.google\.com|update\.googleapis\.com)(?::443)?$/;

const fileRequests = () => site.requests.filter((r) => r.host === 'files.ofsted.gov.uk');

async function openPanelOn(url: string): Promise<Page> {
  const viewer = await context.newPage();
  await viewer.goto(url);
  await viewer.waitForSelector('.finding-list', { timeout: 30000 });
  await viewer.bringToFront();
  const tabId = await frontTabId(context);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
  await panel.getByRole('tab', { name: 'Compare' }).click();
  return panel;
}

describe('Ofsted history', () => {
  it('offers nothing on an Ofsted page that is not a provider page', async () => {
    const page = await context.newPage();
    await page.goto('https://reports.ofsted.gov.uk/search?q=dudley&level_1_types=3');
    await waitForLens(page);
    await page.waitForTimeout(1000);
    expect(await bannerText(page)).toBeNull();
    await page.close();
  });

  it('adds Dudley’s reports from the banner, with a clear line for every fault', async () => {
    await setQueueSettings(context, id, { ...FAST, pacingMs: 800 });
    const page = await context.newPage();
    await page.goto('https://reports.ofsted.gov.uk/provider/44/80464');
    await expect
      .poll(() => bannerText(page), { timeout: 20000 })
      .toContain('Inspection Lens: 9 reports for Dudley listed here — Add to your history…');
    expect(fileRequests()).toEqual([]); // nothing fetched before the click
    await inBanner(page, 'function () { this.querySelector("button[aria-expanded]").click(); }');
    const kinds = await inBanner<string[]>(
      page,
      'function () { return [...this.querySelectorAll("label")].map((l) => l.textContent.trim()); }',
    );
    expect(kinds).toEqual([
      'Inspections (3)',
      'Focused visits (2)',
      'Monitoring visits (2)',
      'Joint inspections (1)',
      'Area SEND (1)',
    ]);
    await inBanner(page, 'function () { this.querySelector("form").requestSubmit(); }');
    await expect.poll(() => bannerText(page), { timeout: 90000 }).toContain('9 of 9');
    const text = (await bannerText(page))!;
    expect(text).toMatch(/✓ inspection, 13 January 2023: Dudley, \d+ judgements/);
    expect(text).toMatch(/✓ inspection, 5 April 2016: Dudley, \d+ judgements/); // after a 500
    expect(text).toMatch(/✓ monitoring visit, 20 June 2014: already saved \(same file as/);
    expect(text).toContain('✗ focused visit, 2 March 2021: not found on Ofsted’s site (404)');
    expect(text).toContain('✗ focused visit, 15 October 2020: not a PDF: Ofsted’s site sent a web page instead');
    expect(text).toContain('✗ monitoring visit, 12 May 2015: the PDF arrived incomplete (cut off before its end), after 2 tries');
    expect(text).toContain('✗ joint inspection, 4 July 2019: no answer from files.ofsted.gov.uk (timed out), after 2 tries');
    expect(text).toMatch(
      /✗ area SEND, 11 March 2025: .*no text layer \(it looks scanned\), so Inspection Lens cannot find its judgements\. Look for a text version/,
    );

    const stored = (await storedReports(context, id)).filter((r) => r.authority === 'Dudley');
    expect(stored).toHaveLength(3);
    const urls = stored.flatMap((r) => r.urls);
    expect(urls.sort()).toEqual(
      ['dudley-2016', 'dudley-2016-again', 'dudley-2018', 'dudley-2023'].map((f) => `https://files.ofsted.gov.uk/v1/file/${f}`),
    );
    const times = fileRequests().map((r) => r.at);
    // 800 ms apart as sent; arrival at the stand-in site may jitter on a busy machine
    expect(Math.min(...times.slice(1).map((t, i) => t - times[i]!))).toBeGreaterThanOrEqual(500);
    expect(fileRequests().filter((r) => r.path.endsWith('/dudley-2016'))).toHaveLength(2);
    await expect.poll(() => bannerText(page)).toContain('(4 already saved)');
    await page.close();

    const panel = await openPanelOn('https://files.ofsted.gov.uk/v1/file/dudley-2023');
    await expect.poll(() => inspectionYears(panel), { timeout: 20000 }).toEqual(expect.arrayContaining(['2016', '2018', '2022']));
    await panel.close();
  });

  it('reads a provider page of another layout through its file links', async () => {
    const page = await context.newPage();
    await page.goto('https://reports.ofsted.gov.uk/provider/44/121939');
    await expect.poll(() => bannerText(page), { timeout: 20000 }).toContain('1 report for Northamptonshire listed here');
    await page.close();
  });

  it('gets West Northamptonshire’s and Northamptonshire’s reports from the panel, and resumes after a restart', async () => {
    await setQueueSettings(context, id, { ...FAST, pacingMs: 2500 });
    const panel = await openPanelOn('https://files.ofsted.gov.uk/v1/file/wn-2026');
    await panel.getByRole('button', { name: 'Get West Northamptonshire’s earlier reports from Ofsted' }).click();
    await expect
      .poll(
        () =>
          panel
            .locator('.ofsted-choice')
            .allTextContents()
            .then((t) => t.map((x) => x.trim())),
        { timeout: 20000 },
      )
      .toEqual([
        'West Northamptonshire: inspection, 7 July 2026',
        'West Northamptonshire: inspection, 25 November 2022',
        'Northamptonshire: area SEND, 12 July 2024',
      ]);
    await panel.getByRole('button', { name: 'Add 3 chosen reports' }).click();
    await expect.poll(() => panel.locator('label[for=ofsted-progress]').textContent(), { timeout: 30000 }).toBe('1 of 3');
    await context.close(); // the browser closes half-way through the queue

    const restartAt = Date.now();
    context = await launch();
    await expect
      .poll(async () => (await queueState(context, id))?.items.map((i) => `${i.status}: ${i.message}`), { timeout: 60000 })
      .toEqual([
        expect.stringMatching(/^saved: West Northamptonshire, \d+ judgements/),
        expect.stringMatching(/^saved: West Northamptonshire, \d+ judgements/),
        // the predecessor's page lists an area SEND report: its outcome and actions are read and kept
        expect.stringMatching(/^saved: West Northamptonshire, 1 judgement, \d+ recommendations/),
      ]);
    expect(fileRequests().some((r) => r.at > restartAt)).toBe(true); // the queue went on after the restart
    const stored = (await storedReports(context, id)).filter((r) => /Northamptonshire/.test(r.authority ?? ''));
    expect(stored.map((r) => r.urls).sort()).toEqual([
      [`https://files.ofsted.gov.uk/v1/file/wn-2022`],
      [`https://files.ofsted.gov.uk/v1/file/wn-2024-send`],
      [`https://files.ofsted.gov.uk/v1/file/wn-2026`],
    ]);
    const again = await openPanelOn('https://files.ofsted.gov.uk/v1/file/wn-2026');
    await expect.poll(() => inspectionYears(again), { timeout: 20000 }).toEqual(expect.arrayContaining(['2022', '2026']));
  }, 180_000);

  it('stops at Cancel, keeping what was stored whole', async () => {
    await setQueueSettings(context, id, { ...FAST, pacingMs: 2000 });
    const page = await context.newPage();
    await page.goto('https://reports.ofsted.gov.uk/provider/44/80432');
    await expect.poll(() => bannerText(page), { timeout: 20000 }).toContain('3 reports for Bolton listed here');
    await inBanner(page, 'function () { this.querySelector("form").requestSubmit(); }');
    await expect.poll(() => bannerText(page), { timeout: 30000 }).toContain('1 of 3');
    await inBanner(page, 'function () { [...this.querySelectorAll("button")].find((b) => b.textContent === "Cancel").click(); }');
    await expect.poll(() => bannerText(page), { timeout: 20000 }).toContain('3 of 3');
    const states = (await queueState(context, id))!.items.map((i) => i.status);
    expect(states.filter((s) => s === 'cancelled').length).toBeGreaterThanOrEqual(1);
    const bolton = (await storedReports(context, id)).filter((r) => r.authority === 'Bolton');
    expect(bolton.length).toBe(states.filter((s) => s === 'saved').length); // nothing half-stored
    await page.close();
  }, 90_000);

  it('sent no request to any host but the two Ofsted hosts', () => {
    // What the browser saw pages, panel and service worker request (Chromium's own services aside).
    expect(
      seen.filter((u) => !/^(?:chrome-extension:|data:|blob:|https:\/\/(?:reports|files)\.ofsted\.gov\.uk\/)/.test(u)),
    ).toEqual([]);
    expect(seen.filter((u) => u.startsWith('https://files.ofsted.gov.uk/v1/file/')).length).toBeGreaterThan(10);
    expect(site.connections.length).toBeGreaterThan(0);
    const notBrowsers = site.connections.filter((c) => !CHROMIUM_OWN.test(c));
    expect([...new Set(notBrowsers)].sort()).toEqual(OFSTED_HOSTS.map((h) => `${h}:443`).sort());
    expect(site.requests.every((r) => OFSTED_HOSTS.includes(r.host))).toBe(true);
  });
});
