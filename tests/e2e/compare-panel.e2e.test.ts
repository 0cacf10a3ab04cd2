// Compare in a 360 px Chromium side panel with six stored Dudley documents (two council papers, three
// Ofsted PDFs and a saved Ofsted web page): nothing scrolls sideways (also at 200 % zoom), the newest
// inspection shows first, axe (colour contrast on) finds nothing on Compare or on the briefing, and a
// confirmed recommendation link survives a browser restart and a backup, wipe and restore.
// SHOTS_DIR=folder saves screenshots of what the test saw.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionId, launchWithExtension } from '../../support/browser-harness';
import { readInputText } from '../../scripts/read-input';
import { pdfPageTexts } from './pdf-pages';
import { axeViolations as axeInPage, setZoom } from './axe-helpers';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
export const DUDLEY_SIX = [
  'pages/dudley-2012-cabinet-slac-outcome.html',
  'pages/dudley-2016-commissioner-report.html',
  'pdf/80464-dudley_2016-04-05.pdf',
  'pdf/80464-dudley_2018-12-10.pdf',
  'pages/80464-dudley_2018-12-10.html',
  'pdf/80464-dudley_2023-01-13.pdf',
].map((f) => path.join(fixtures, f));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-compare-'));
let context: BrowserContext;
let id: string;

const launch = async () => {
  context = await launchWithExtension({ userDataDir: profile, viewport: { width: 360, height: 800 } });
  id = await extensionId(context);
};
beforeAll(launch);
afterAll(async () => {
  await context?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

/** Screenshots of what the user sees: the top, and each of `at` scrolled into view. */
async function shot(page: Page, name: string, at: string[] = []) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  for (const [i, selector] of at.entries()) {
    await page.locator(selector).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(dir, `${name}-${i + 1}.png`) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    const panel = document.querySelector('main.panel')!;
    const wide = [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className}`);
    return { root: root.scrollWidth <= root.clientWidth, panel: panel.scrollWidth <= panel.clientWidth, wide };
  });

/** The side panel page, on Compare for Dudley chosen under Authorities (no report open). */
async function openDudleyCompare(): Promise<Page> {
  const panel = await context.newPage();
  panel.on('dialog', (dialog) => void dialog.accept());
  await panel.goto(`chrome-extension://${id}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Authorities' }).click();
  await panel.getByRole('button', { name: 'Compare Dudley’s inspections' }).click();
  await panel.locator('.area-block').first().waitFor({ timeout: 20000 });
  return panel;
}

describe('Compare in a 360 px panel', () => {
  it('stores six Dudley documents, saying which is already saved', async () => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Compare' }).click();
    await panel.setInputFiles('.add-reports input[type=file]', DUDLEY_SIX);
    await expect.poll(() => panel.locator('label[for=add-progress]').textContent(), { timeout: 180000 }).toBe('6 of 6 read');
    expect(await panel.locator('.add-results .ok').count()).toBe(6);
    await panel.setInputFiles('.add-reports input[type=file]', [DUDLEY_SIX[5]!]);
    await expect.poll(() => panel.locator('.add-results li').first().textContent(), { timeout: 60000 }).toMatch(/already saved/);
    await panel.close();
  }, 240000);

  it('reads down without sideways scrolling, newest inspection first, and axe finds nothing', async () => {
    const panel = await openDudleyCompare();
    await shot(panel, 'compare-360', ['.area-block', '.recurring', '.not-repeated-groups', '.neighbours']);
    expect(await noSidewaysScroll(panel)).toEqual({ root: true, panel: true, wide: [] });
    const newest = panel.locator('.inspections > li').first();
    expect(await newest.textContent()).toMatch(/^Nov 2022 · ILACS/);
    expect(await panel.locator('.inspections > li').count()).toBe(4); // 2011/12 SLAC, 2016 SIF, 2018 and 2022/23 ILACS
    const box = (await newest.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const firstArea = panel.locator('.area-block').first();
    expect(await firstArea.locator('.area-grades > li').first().textContent()).toMatch(/^Nov 2022/);
    expect(await panel.locator('.inspections > li').allTextContents()).not.toContainEqual(expect.stringMatching(/^2015/));
    expect(await axeInPage(panel)).toEqual([]);

    // 200 % zoom as the user sets it: the browser's own zoom of the panel's tab (360 px wide), so the
    // page lays out in 180 CSS pixels at two device pixels each.
    await setZoom(panel, 2);
    await expect.poll(() => panel.evaluate(() => [window.devicePixelRatio, window.innerWidth])).toEqual([2, 180]);
    await shot(panel, 'compare-200-percent', ['.area-block', '.recurring']);
    expect(await noSidewaysScroll(panel)).toEqual({ root: true, panel: true, wide: [] });
    const zoomedNewest = (await panel.locator('.inspections > li').first().boundingBox())!;
    expect(zoomedNewest.x + zoomedNewest.width).toBeLessThanOrEqual(180);
    await setZoom(panel, 1);
    await panel.close();
  }, 120000);

  it('keeps keyboard focus after Compare, a decision and its undo', async () => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Authorities' }).click();
    await panel.getByRole('button', { name: 'Compare Dudley’s inspections' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('compare-title');
    await panel
      .locator('.recurring .decision')
      .first()
      .getByRole('button', { name: /^Same recommendation:/ })
      .focus();
    await panel.keyboard.press('Space');
    const focused = () =>
      panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
    await expect.poll(focused).toMatch(/^Undo confirming/);
    await panel.keyboard.press('Space'); // undo, leaving the store as it was
    await expect.poll(focused).toMatch(/^Same recommendation:/);
    await panel.close();
  }, 60000);

  it('keeps a confirmed link across a restart and a backup, wipe and restore', async () => {
    let panel = await openDudleyCompare();
    const first = panel.locator('.recurring .decision').first();
    await first.getByRole('button', { name: /^Same recommendation:/ }).click();
    await expect.poll(() => panel.locator('.recurring .decision').first().textContent()).toContain('Confirmed by you');
    const confirmed = async (p: Page) => p.locator('.decision', { hasText: 'Confirmed by you' }).count();
    expect(await confirmed(panel)).toBe(1);

    await context.close();
    await launch();
    panel = await openDudleyCompare();
    expect(await confirmed(panel)).toBe(1);

    await panel.getByRole('tab', { name: 'Backup and export' }).click();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Back up everything (JSON)' }).click(),
    ]);
    const backupFile = path.join(profile, 'backup.json');
    await download.saveAs(backupFile);
    expect(JSON.parse(fs.readFileSync(backupFile, 'utf8')).linkDecisions).toHaveLength(1);
    await panel.getByRole('button', { name: 'Delete all saved reports and clips…' }).click();
    await panel.getByRole('tab', { name: 'Authorities' }).click();
    await expect.poll(() => panel.locator('#authorities-title').textContent()).toBe('Authorities with saved reports (0)');
    await panel.getByRole('tab', { name: 'Backup and export' }).click();
    await panel.setInputFiles('input[type=file][accept*=json]', backupFile);
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/1 link decisions restored/);
    await panel.close();
    panel = await openDudleyCompare();
    expect(await confirmed(panel)).toBe(1);
    await panel.close();
  }, 120000);

  it('prints a briefing for Dudley that axe passes, and removes one stored report', async () => {
    const briefing = await context.newPage();
    await briefing.goto(`chrome-extension://${id}/briefing.html?authority=332`);
    await briefing.locator('.briefing h1').waitFor({ timeout: 20000 });
    expect(await briefing.locator('h1').textContent()).toBe('Dudley: children’s services inspections');
    // The confirmed match is printed apart from unchecked suggestions, which are said to need checking.
    expect(await briefing.locator('.recurring:not(.suggested)').textContent()).toContain('Confirmed by the councillor');
    expect(await briefing.locator('.recurring.suggested').textContent()).not.toContain('Confirmed by the councillor');
    expect(await briefing.getByRole('heading', { name: /^Possible repeats to check \(\d+\)$/ }).count()).toBe(1);
    expect(await briefing.locator('.sources li').count()).toBeGreaterThanOrEqual(5);
    await shot(briefing, 'briefing', ['.area-block', '.recurring', '.sources']);
    expect(await axeInPage(briefing)).toEqual([]);
    // Printed: the print date, the print button left out, and "Page n of N" at the foot of every page
    // (CSS page-margin boxes, read from the PDF's raw text: the reader drops repeated footers).
    const printed = path.join(profile, 'briefing.pdf');
    await briefing.pdf({ path: printed, preferCSSPageSize: true });
    const text = await readInputText(printed);
    expect(text).toContain('Meeting briefing printed');
    expect(text).not.toContain('Print this briefing');
    const pages = await pdfPageTexts(printed);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    // No heading is left alone at the foot of a printed page: each page's text, without its footer,
    // ends with something other than a heading.
    const headings = (await briefing.locator('h2, h3').allTextContents()).map((h) => h.replace(/\s+/g, ' ').trim());
    const bodies = pages.map((page, i) =>
      page
        .replace(`Page ${i + 1} of ${pages.length}`, '')
        .replace('Inspection Lens meeting briefing', '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(bodies.filter((body) => headings.some((h) => h && body.endsWith(h)))).toEqual([]);
    await briefing.close();

    const panel = await context.newPage();
    panel.on('dialog', (dialog) => void dialog.accept());
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Authorities' }).click();
    const reports = panel.locator('.authorities > li > ul > li');
    // Six stored documents, five reports: Dudley's 2018 report is saved as its PDF and its web page.
    await expect.poll(() => reports.count()).toBe(5);
    await expect.poll(() => reports.filter({ hasText: 'saved as PDF and web page' }).count()).toBe(1);
    const before = await reports.count();
    await panel.getByRole('button', { name: 'Remove dudley-2012-cabinet-slac-outcome.html' }).click();
    await expect.poll(() => reports.count()).toBe(before - 1);
    await shot(panel, 'authorities');
    expect(await axeInPage(panel)).toEqual([]);
  }, 60000);
});
