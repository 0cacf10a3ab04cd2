// An area SEND report in Chromium: the viewer lists its kind, its one outcome (on its own scale) and
// each area for priority action with its responsible body; Compare for the authority keeps the
// outcome out of the children's services grades and shows it as the area's own SEND history.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionId, launchWithExtension, serveFixtures, viewerUrl } from '../../support/browser-harness';
import { frontTabId, readCard, readHighlights, waitForLens } from './page-helpers';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const DERBYSHIRE = fs.readFileSync(path.join(fixtures, 'pdf/send/80460-derbyshire_2024-11-14.pdf'));
const BODY = 'Derbyshire County Council and NHS Derby and Derbyshire Integrated Care Board';
// An area SEND report as a web page (a council's reprint of the 2023 framework's wording).
const SEND_PAGE = `<!doctype html><html lang="en"><title>Area SEND inspection of Dudley Local Area Partnership</title><body><main>
<h1>Area SEND inspection of Dudley Local Area Partnership</h1>
<p>Inspection dates: 20 to 24 January 2025</p><p>Dates of previous inspection: 31 January 2022 to 3 February 2022</p>
<h2>Inspection outcome</h2>
<p>There are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with special educational needs and/or disabilities (SEND).</p>
<h2>Areas for improvement</h2>
<p>Leaders across the partnership should improve the local offer so that families know what support is available.</p>
</main></body></html>`;
const LEGEND = ['typically positive experiences and outcomes', 'inconsistent experiences and outcomes', 'widespread and/or systemic failings'];
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveFixtures>>;
let id: string;

beforeAll(async () => {
  context = await launchWithExtension();
  server = await serveFixtures({ 'area-send-derbyshire.pdf': DERBYSHIRE, 'area-send.html': SEND_PAGE });
  id = await extensionId(context);
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('area SEND report', () => {
  it('shows the kind, the outcome and each priority action with its responsible body in the viewer', async () => {
    const page = await context.newPage();
    await page.goto(viewerUrl(id, server.url('area-send-derbyshire.pdf')));
    await page.waitForSelector('.finding-list', { timeout: 60000 });
    await expect.poll(() => page.textContent('.finding-list .document-kind')).toContain('Area SEND inspection');
    const rows = await page.$$eval('.finding-list tr[data-area-key]', (r) => r.map((e) => `${e.getAttribute('data-area-key')}:${e.getAttribute('data-grade')}`));
    expect(rows).toEqual(['send_outcome:widespread and/or systemic failings']);
    const tags = await page.$$eval('.finding-list .recommendations .tag', (t) => t.map((e) => e.textContent ?? ''));
    expect(tags.filter((t) => t === `Area for priority action · Responsible body: ${BODY}`)).toHaveLength(6);
    expect(tags.filter((t) => t === 'Area for improvement')).toHaveLength(5);
    expect(await page.$$eval('.finding-list .scale-legend li', (l) => l.map((e) => e.textContent))).toEqual(LEGEND);
    const highlights = await readHighlights(page);
    expect(highlights['inspection-lens-inadequate']?.length).toBeGreaterThan(0);
    expect(highlights['inspection-lens-recommendation']).toHaveLength(11);
    await page.close();
  }, 180000);

  it('shows the kind in the side panel for the viewer’s tab', async () => {
    const viewer = await context.newPage();
    await viewer.goto(viewerUrl(id, server.url('area-send-derbyshire.pdf')));
    await viewer.waitForSelector('.finding-list', { timeout: 60000 });
    await viewer.bringToFront();
    const tabId = await frontTabId(context);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('.finding-list .document-kind', { timeout: 30000 });
    expect(await panel.textContent('.finding-list .document-kind')).toContain('Area SEND inspection');
    expect(await panel.getAttribute('.finding-list .document-kind', 'data-kind')).toBe('area SEND inspection');
    await panel.close();
    await viewer.close();
  }, 180000);

  it('gives the outcome’s card on a web page the whole area SEND scale, best first', async () => {
    const page = await context.newPage();
    await page.goto(server.url('area-send.html'));
    expect(await waitForLens(page)).toBe('painted');
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => readCard(page)).toContain('Widespread and/or systemic failings');
    expect(await readCard(page)).toContain(`Area SEND outcome, best first: ${LEGEND.join(' · ')}`);
    await page.close();
  }, 120000);

  it('keeps the SEND outcome out of the children’s services table in Compare', async () => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Compare' }).click();
    const files = [path.join(fixtures, 'pdf/80464-dudley_2023-01-13.pdf'), path.join(fixtures, 'pdf/send/80464-dudley_2025-03-11.pdf')];
    await panel.setInputFiles('.add-reports input[type=file]', files);
    await expect.poll(() => panel.locator('label[for=add-progress]').textContent(), { timeout: 180000 }).toBe('2 of 2 read');
    await panel.getByRole('tab', { name: 'Authorities' }).click();
    await panel.getByRole('button', { name: 'Compare Dudley’s inspections' }).click();
    await panel.locator('.kind-history').waitFor({ timeout: 30000 });
    expect(await panel.textContent('.kind-history')).toContain('inconsistent experiences and outcomes');
    expect(await panel.textContent('.kind-history')).toContain('20 to 24 January 2025');
    const table = (await panel.locator('.area-block').allTextContents()).join(' ') + (await panel.locator('.inspection-list, .inspections').allTextContents()).join(' ');
    expect(table).not.toMatch(/inconsistent experiences|area SEND/i);
    expect(await panel.locator('.area-block').count()).toBeGreaterThan(0);
    await panel.close();
  }, 240000);
});
