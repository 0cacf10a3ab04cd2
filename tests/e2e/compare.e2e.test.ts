// Compare in Chromium: open Dudley's newest report (2023, in the viewer), add three earlier Dudley
// reports through "Add reports…", and read the history, the arrows and the recurring recommendations.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionId, viewerUrl } from '../../scripts/harness';
import { useBrowser } from './setup';
import { frontTabId } from './page-helpers';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const env = useBrowser();

describe('compare view', () => {
  it('builds Dudley’s history from three added reports and shows what moved and what came back', async () => {
    const id = await extensionId(env.context);
    const viewer = await env.context.newPage();
    await viewer.goto(viewerUrl(id, env.server.url('80464-dudley_2023-01-13.pdf')));
    await viewer.waitForSelector('.finding-list', { timeout: 30000 });
    await viewer.bringToFront();
    const tabId = await frontTabId(env.context); // before the panel's own tab comes to the front
    const panel = await env.context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('.finding-list', { timeout: 20000 });
    await panel.getByRole('tab', { name: 'Compare' }).click();
    expect(await panel.locator('.summary').textContent()).toContain('Save or add an earlier report');

    await panel.setInputFiles('.add-reports input[type=file]', [
      path.join(fixtures, 'pages/dudley-2012-cabinet-slac-outcome.html'),
      path.join(fixtures, 'pdf/80464-dudley_2016-04-05.pdf'),
      path.join(fixtures, 'pdf/80464-dudley_2018-12-10.pdf'),
    ]);
    await expect.poll(() => panel.locator('label[for=add-progress]').textContent(), { timeout: 60000 }).toBe('3 of 3 read');
    expect(await panel.locator('.add-results .ok').count()).toBe(3);

    await expect
      .poll(() => panel.locator('.summary').textContent())
      .toBe(
        'Since 2018: leaders and management down from good to requires improvement; children in care down from good to requires improvement; ' +
          'care leavers down from good to requires improvement; overall effectiveness, help and protection (safeguarding) unchanged',
      );
    const years = await panel.locator('.history thead th').allTextContents();
    expect(years).toEqual(expect.arrayContaining(['2012', '2016', '2018', '2022']));
    const moves = async (row: string) =>
      (await panel.locator(`.history tr[data-row=${row}] td[data-move] .move`).allTextContents()).map((m) => m.trim());
    expect(await moves('leaders')).toEqual(['↓ down', '↑ up', '↓ down']);
    expect(await moves('in_care')).toEqual(['↓ down', '↑ up', '↓ down']);
    expect(await panel.locator('.timeline svg[role=img] title').first().textContent()).toBe('Grades by area over time');

    expect(await panel.getByRole('heading', { name: /Raised before/ }).textContent()).toBe('Raised before (2 of 5)');
    expect(await panel.locator('.recurring > li').first().textContent()).toContain('raised before: 2016');
    expect(await panel.locator('.not-raised li').count()).toBeGreaterThan(5);
  });

  it('says which added files could not be read, and goes on', async () => {
    const id = await extensionId(env.context);
    const panel = await env.context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Compare' }).click();
    await panel.setInputFiles('.add-reports input[type=file]', [
      path.join(fixtures, 'pdf/password-protected.pdf'),
      path.join(fixtures, 'pages/not-a-report.html'),
      path.join(fixtures, 'pdf/80488-bexley_2023-03-24.pdf'),
    ]);
    await expect.poll(() => panel.locator('label[for=add-progress]').textContent(), { timeout: 60000 }).toBe('3 of 3 read');
    const results = await panel.locator('.add-results li').allTextContents();
    expect(results[0]).toMatch(/✗ password-protected\.pdf: This PDF is protected by a password/);
    expect(results[1]).toMatch(/✗ not-a-report\.html: no judgements or recommendations/);
    expect(results[2]).toMatch(/✓ 80488-bexley_2023-03-24\.pdf: Bexley, \d+ judgements/);
  });
});
