// Every surface in Firefox ESR (the Firefox test build, puppeteer-core over WebDriver BiDi): Compare
// for an authority with three stored inspections and a visit (what moved, what was raised before, the
// visit on the timeline), the viewer by
// address (asked once for the site's permission, with why, and remembered) and from a local file,
// the side panel's document kind and scale legend for the viewer's tab, and a backup restored into a
// fresh profile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-extension';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const DUDLEY = ['2016-04-05', '2018-12-10', '2023-01-13'].map((d) => path.join(fixtures, `pdf/80464-dudley_${d}.pdf`));
// An invented focused visit letter after the 2022 inspection (no real one is at hand).
const VISIT = path.join(fixtures, 'visits/dudley-focused-visit-2024-invented.txt');
const SEND = path.join(fixtures, 'pdf/send/80460-derbyshire_2024-11-14.pdf');
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-ff-surfaces-'));
const PREFS = {
  // Headless Firefox cannot show the permission prompt: with this preference it grants what the
  // extension asks for through permissions.request (still from the user's click) without the prompt.
  'extensions.webextOptionalPermissionPrompts': false,
  'browser.download.folderList': 2,
  'browser.download.dir': downloads,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.helperApps.neverAsk.saveToDisk': 'application/json',
};

let firefox: FirefoxWithExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension('3d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d', PREFS);
});
afterAll(async () => {
  await firefox?.close();
  fs.rmSync(downloads, { recursive: true, force: true });
});

async function panelPage(f: FirefoxWithExtension, query = ''): Promise<Page> {
  const page = await f.openExtensionPage(`sidepanel.html${query}`);
  await page.setViewport({ width: 360, height: 800 });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.waitForSelector('[role=tab]', { timeout: 30000 });
  return page;
}
const clickTab = (page: Page, name: string) => page.locator(`::-p-aria([name="${name}"][role="tab"])`).click();
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

async function openCompare(f: FirefoxWithExtension, authority: string): Promise<Page> {
  const page = await panelPage(f);
  await clickTab(page, 'Authorities');
  await page.locator(`::-p-aria(Compare ${authority}’s inspections)`).click();
  await page.waitForSelector('.area-block', { timeout: 30000 });
  return page;
}

/** What Compare says moved and came back, read from the page as a councillor sees it. */
const compareFacts = (page: Page) =>
  page.evaluate(() => ({
    summary: document.querySelector('.summary')?.textContent ?? '',
    inspections: [...document.querySelectorAll('.inspections > li')].map((li) => li.textContent!.split(' · ')[0]),
    moves: [...document.querySelectorAll('.area-block[data-row=in_care] .move')].map((m) => m.textContent!.replace(/^\W+/, '')),
    recurring: document.querySelectorAll('.recurring > li').length,
    raisedBefore: document.querySelector('.recurring > li')?.textContent ?? '',
    visit: document.querySelector('.inspections > li.visit')?.textContent ?? '',
    visitRecommendations: document.querySelectorAll('.inspections > li.visit .visit-recommendations li').length,
  }));

async function waitForDownload(): Promise<string> {
  for (let i = 0; i < 150; i++) {
    // Firefox creates the file before it has written it: wait until it holds the whole JSON.
    const file = fs.readdirSync(downloads).find((f) => f.endsWith('.json'));
    if (file && isWholeJson(path.join(downloads, file))) return path.join(downloads, file);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no backup downloaded into ${downloads}`);
}
function isWholeJson(file: string): boolean {
  try {
    return Boolean(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return false;
  }
}

describe('Firefox ESR: every surface', () => {
  it('Compare shows what moved, what was raised before, and a visit on the timeline, for an authority with three inspections', async () => {
    const page = await panelPage(firefox);
    await clickTab(page, 'Compare');
    const input = await page.waitForSelector('.add-reports input[type=file]');
    await input!.uploadFile(...DUDLEY, VISIT);
    await page.waitForFunction(() => document.querySelector('label[for=add-progress]')?.textContent === '4 of 4 read', {
      timeout: 240000,
    });
    expect(await page.$$eval('.add-results .ok', (e) => e.length)).toBe(4);
    await page.close();

    const compare = await openCompare(firefox, 'Dudley');
    const facts = await compareFacts(compare);
    expect(facts.summary).toMatch(
      /^From Nov 2018 to Nov 2022: leaders and management down from good to requires improvement; children in care and care leavers down from good to requires improvement;/,
    );
    // the 2016 report also reports the inspection before it (Nov 2011), with no report of its own stored
    expect(facts.inspections).toEqual(['May 2024', 'Nov 2022', 'Nov 2018', 'Feb 2016', 'Nov 2011']);
    expect(facts.moves.slice(0, 2)).toEqual(['down from good (2018)', 'up from inadequate (2016)']);
    expect(facts.recurring).toBeGreaterThan(0);
    expect(facts.raisedBefore).toContain('raised before: 2016');
    // The visit is on the timeline, ungraded, with its three recommendations.
    expect(facts.visit).toMatch(/^May 2024 · Focused visit, no grades/);
    expect(facts.visitRecommendations).toBe(3);
    await compare.close();
  }, 300000);

  it('opens a PDF by address: asks for the site once, says why, and remembers the answer', async () => {
    const url = firefox.server.url('80464-dudley_2023-01-13.pdf');
    const viewer = await firefox.openExtensionPage(`viewer.html?file=${encodeURIComponent(url)}`);
    await viewer.waitForSelector('[data-problem=permission]', { timeout: 30000 });
    const notice = await viewer.$eval('[data-problem=permission]', (n) => (n as HTMLElement).innerText);
    expect(notice).toContain('needs your permission to read files from 127.0.0.1');
    expect(notice).toMatch(/asks once for each site/);
    expect(notice).toMatch(/sends nothing anywhere/);
    expect(notice).toMatch(/remembers your answer/);
    const [allow] = await viewer.$$('xpath/.//button[normalize-space()="Allow"]');
    await allow!.click();
    await viewer.waitForSelector('.finding-list', { timeout: 60000 });
    // The grant is for the host on every port (match patterns have no port).
    const origins = await viewer.evaluate(() =>
      (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins: string[] }> } } }).browser.permissions
        .getAll()
        .then((p) => p.origins),
    );
    expect(origins).toContain('http://127.0.0.1/*');
    await viewer.close();

    // A second PDF from the same site opens without asking again.
    const again = await firefox.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(firefox.server.url('80464-dudley_2018-12-10.pdf'))}`,
    );
    await again.waitForSelector('.finding-list', { timeout: 60000 });
    expect(await again.$('[data-problem=permission]')).toBeNull();
    await expect.poll(() => again.title()).toMatch(/^Dudley: children's services inspection, \w{3} 2018$/);
    await again.close();
  }, 180000);

  it('opens a local file in the viewer, and the side panel for its tab shows the document kind', async () => {
    const viewer = await firefox.openExtensionPage('viewer.html');
    const input = await viewer.waitForSelector('input[type=file]');
    await input!.uploadFile(SEND);
    await viewer.waitForSelector('.finding-list .document-kind', { timeout: 90000 });
    expect(await viewer.$eval('.finding-list .document-kind', (e) => e.textContent)).toContain('Area SEND inspection');
    const tabId = await viewer.evaluate(() =>
      (globalThis as unknown as { browser: { tabs: { getCurrent(): Promise<{ id: number }> } } }).browser.tabs
        .getCurrent()
        .then((t) => t.id),
    );
    const panel = await panelPage(firefox, `?tab=${tabId}`);
    await panel.waitForSelector('.finding-list .document-kind', { timeout: 30000 });
    expect(await panel.$eval('.finding-list .document-kind', (e) => e.getAttribute('data-kind'))).toBe('area SEND inspection');
    expect(await panel.$$eval('.finding-list tr[data-area-key]', (r) => r.map((e) => e.getAttribute('data-grade')))).toEqual([
      'widespread and/or systemic failings',
    ]);
    expect(await panel.$$eval('.finding-list .scale-legend li', (l) => l.map((e) => e.textContent))).toEqual([
      'typically positive experiences and outcomes',
      'inconsistent experiences and outcomes',
      'widespread and/or systemic failings',
    ]);
    await panel.close();
    await viewer.close();
  }, 180000);

  it('the side panel beside a PDF the viewer cannot read says what the viewer says', async () => {
    const viewer = await firefox.openExtensionPage('viewer.html');
    const input = await viewer.waitForSelector('input[type=file]');
    await input!.uploadFile(path.join(fixtures, 'pdf/password-protected.pdf'));
    await viewer.waitForSelector('[role=alert] p', { timeout: 30000 });
    const viewerSays = await viewer.$eval('[role=alert] p', (e) => e.textContent!);
    expect(viewerSays).toMatch(/protected by a password/);
    const tabId = await viewer.evaluate(() =>
      (globalThis as unknown as { browser: { tabs: { getCurrent(): Promise<{ id: number }> } } }).browser.tabs
        .getCurrent()
        .then((t) => t.id),
    );
    const panel = await panelPage(firefox, `?tab=${tabId}`);
    await panel.waitForFunction(
      (said) => document.querySelector('.empty')?.textContent?.includes(said),
      { timeout: 30000 },
      viewerSays,
    );
    expect(await panel.$eval('.empty', (e) => e.textContent)).toMatch(/^The Inspection Lens viewer could not read this PDF\. /);
    await panel.close();
    await viewer.close();
  }, 120000);

  it('backs up, and a fresh profile restored from the backup has the same authorities and Compare', async () => {
    const page = await panelPage(firefox);
    await clickTab(page, 'Backup and export');
    await page.locator('::-p-aria(Back up everything \\(JSON\\))').click();
    const backupFile = await waitForDownload();
    const backup = JSON.parse(fs.readFileSync(backupFile, 'utf8')) as { reports: unknown[] };
    expect(backup.reports).toHaveLength(4);
    await page.close();

    const fresh = await launchFirefoxWithExtension('7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', PREFS);
    try {
      const panel = await panelPage(fresh);
      await clickTab(panel, 'Authorities');
      await panel.waitForFunction(() => /\(0\)/.test(document.querySelector('#authorities-title')?.textContent ?? ''));
      await clickTab(panel, 'Backup and export');
      const restore = await panel.waitForSelector('input[type=file][accept*=json]');
      await restore!.uploadFile(backupFile);
      await panel.waitForFunction(() => /^Restored: 4 reports/.test(document.querySelector('[role=status]')?.textContent ?? ''), {
        timeout: 60000,
      });
      await clickTab(panel, 'Authorities');
      await panel.waitForFunction(() => /\(1\)/.test(document.querySelector('#authorities-title')?.textContent ?? ''));
      expect(await bodyText(panel)).toContain('Dudley');
      await panel.close();
      const compare = await openCompare(fresh, 'Dudley');
      const facts = await compareFacts(compare);
      expect(facts.inspections).toEqual(['May 2024', 'Nov 2022', 'Nov 2018', 'Feb 2016', 'Nov 2011']);
      expect(facts.moves.slice(0, 2)).toEqual(['down from good (2018)', 'up from inadequate (2016)']);
      expect(facts.recurring).toBeGreaterThan(0);
      expect(facts.visitRecommendations).toBe(3);
    } finally {
      await fresh.close();
    }
  }, 240000);
});
