// A council news story saved next to two Ofsted PDFs: it gives grades but no year, framework or
// inspection Compare can place them with. Compare in a 360 px Chromium panel must show only the
// reports' inspections, keep every move between them, and list the story's grades once as not
// placed in time, with the story named. SHOTS_DIR=folder saves screenshots of what the test saw.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe-helpers';
import { lensBrowser } from './panel-profile';

const root = path.resolve(import.meta.dirname, '../..');
const FILES = [
  'tests/fixtures/pdf/80464-dudley_2016-04-05.pdf',
  'tests/fixtures/pdf/80464-dudley_2018-12-10.pdf',
  'eval/papers/dudley-2016-news.txt',
].map((f) => path.join(root, f));
/** A second story, invented: an earlier grade ("shed its 'inadequate' rating") and no date at all. */
const PREVIOUS_STORY = {
  name: 'dudley-left-behind.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    "Dudley children's services leave 'inadequate' label behind\n\nDudley Council has shed its 'inadequate' rating after inspectors returned to the borough.\n\nThe service is now rated requires improvement to be good.\n",
  ),
};
const lens = lensBrowser('lens-unplaced-');

async function openCompare(): Promise<Page> {
  const panel = await lens.openPanel();
  await panel.getByRole('tab', { name: 'Authorities' }).click();
  await panel.getByRole('button', { name: 'Compare Dudley’s inspections' }).click();
  await panel.locator('.area-block').first().waitFor({ timeout: 20000 });
  return panel;
}

describe('Compare with a news story that gives no date', () => {
  it('saves two PDFs and the story', async () => {
    const panel = await lens.openPanel();
    await panel.getByRole('tab', { name: 'Compare' }).click();
    await panel.setInputFiles('.add-reports input[type=file]', FILES);
    await expect.poll(() => panel.locator('label[for=add-progress]').textContent(), { timeout: 180000 }).toBe('3 of 3 read');
    expect(await panel.locator('.add-results .ok').count()).toBe(3);
    await panel.close();
  }, 240000);

  it('shows the two inspections only, moves between them, and the story’s grade once as not placed', async () => {
    const panel = await openCompare();
    const dir = process.env.SHOTS_DIR;
    if (dir) {
      await panel.screenshot({ path: path.join(dir, 'compare-unplaced.png'), fullPage: true });
      await panel.locator('.inspections').screenshot({ path: path.join(dir, 'compare-unplaced-rows.png') });
      await panel.locator('.unplaced-grades').screenshot({ path: path.join(dir, 'compare-unplaced-list.png') });
    }
    const rows = await panel.locator('.inspections > li').allTextContents();
    // The story's "previous inspection back in 2011" is dated by its text, so it may stand as reported.
    expect(rows.map((r) => r.split(' · ')[0]).slice(0, 2)).toEqual(['Nov 2018', 'Feb 2016']);
    expect(rows.filter((r) => !/2011/.test(r))).toHaveLength(2);
    expect(rows.join('\n')).not.toMatch(/date not given/);
    const overall = panel.locator('.area-block').first();
    expect(await overall.locator('.area-grades > li').first().textContent()).toMatch(/up from inadequate \(2016\)/);
    const body = await panel.locator('main').innerText();
    expect(body).not.toMatch(/date not given/);
    const unplaced = panel.locator('.unplaced-grades li');
    expect(await unplaced.count()).toBeGreaterThan(0);
    expect(await unplaced.first().textContent()).toMatch(/Inadequate from .*dudley-2016-news/i);
    expect(await axeViolations(panel)).toEqual([]);
    const wide = await panel.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth);
    expect(wide).toBe(true);
    await panel.close();
  }, 120000);
});

describe('Compare with a story that gives an earlier grade and no date', () => {
  it('makes no "previous inspection" of it, and lists it once as an earlier inspection’s grade', async () => {
    const add = await lens.openPanel();
    await add.getByRole('tab', { name: 'Compare' }).click();
    await add.setInputFiles('.add-reports input[type=file]', [PREVIOUS_STORY]);
    await expect.poll(() => add.locator('.add-results .ok').count(), { timeout: 60000 }).toBe(1);
    await add.close();
    const panel = await openCompare();
    const rows = await panel.locator('.inspections > li').allTextContents();
    expect(rows.join('\n')).not.toMatch(/previous inspection/);
    expect(rows.map((r) => r.split(' · ')[0]).slice(0, 2)).toEqual(['Nov 2018', 'Feb 2016']);
    const earlier = (await panel.locator('.unplaced-grades li').allTextContents()).filter((t) =>
      /at an earlier inspection/.test(t),
    );
    expect(earlier).toEqual([expect.stringMatching(/Inadequate from dudley-left-behind/)]);
    expect(await panel.locator('main').innerText()).not.toMatch(/inspection inspection/);
    expect(await axeViolations(panel)).toEqual([]);
    const wide = await panel.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth);
    expect(wide).toBe(true);
    await panel.close();
  }, 120000);
});
