// Compare in Chromium: open Dudley's newest report (2023, in the viewer), add three earlier Dudley
// reports through "Add reports…", and read the history, the moves and the recurring recommendations.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionId, viewerUrl } from '../../support/browser-harness';
import { useBrowser } from './setup';
import { frontTabId } from './page-helpers';
import { serveSite } from './cors-site';

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
      .toMatch(
        /^From Nov 2018 to Nov 2022: leaders and management down from good to requires improvement; children in care and care leavers down from good to requires improvement;/,
      );
    const inspections = await panel.locator('.inspections > li').allTextContents();
    expect(inspections.map((i) => i.split(' · ')[0])).toEqual(['Nov 2022', 'Nov 2018', 'Feb 2016', expect.any(String)]);
    expect(inspections[3]).toMatch(/ · SLAC/);
    const moves = async (row: string) =>
      (await panel.locator(`.area-block[data-row=${row}] .move`).allTextContents()).map((m) => m.replace(/^\W+/, ''));
    expect(await moves('in_care')).toEqual([
      'down from good (2018)',
      'up from inadequate (2016)',
      expect.stringMatching(/^down from good \(/),
    ]);
    expect(await panel.locator('svg.area-chart').count()).toBe(await panel.locator('.area-block').count());
    expect(await panel.getByRole('heading', { name: /Raised before/ }).textContent()).toMatch(/^Raised before \([1-5] of 5\)$/);
    expect(await panel.locator('.recurring > li').first().textContent()).toContain('raised before: 2016');
    expect(await panel.getByRole('heading', { name: /Not repeated in later reports/ }).count()).toBe(1);
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

  it('says an address sent an empty file, or a PDF with no text, not that nothing was found in it', async () => {
    // A PDF with pictures but no text, as a scanner makes: printed by Chromium from a page of boxes.
    const printer = await env.context.newPage();
    await printer.setContent('<div style="width:400px;height:300px;background:linear-gradient(#888,#eee)"></div>');
    const files: Record<string, Buffer> = { 'empty.pdf': Buffer.alloc(0), 'scanned.pdf': await printer.pdf({ format: 'A4' }) };
    await printer.close();
    const site = await serveSite(files);
    try {
      const id = await extensionId(env.context);
      const panel = await env.context.newPage();
      await panel.goto(`chrome-extension://${id}/sidepanel.html`);
      await panel.getByRole('tab', { name: 'Compare' }).click();
      await panel.fill('#add-urls', `${site.url('empty.pdf')}\n${site.url('scanned.pdf')}`);
      await panel.getByRole('button', { name: 'Add from addresses' }).click();
      await expect.poll(() => panel.locator('label[for=add-progress]').textContent(), { timeout: 60000 }).toBe('2 of 2 read');
      const results = await panel.locator('.add-results li').allTextContents();
      expect(results[0]).toMatch(
        /^✗ http:\S+\/empty\.pdf: This address sent an empty file \(0 bytes\), so there is nothing to read\./,
      );
      expect(results[1]).toMatch(
        /^✗ http:\S+\/scanned\.pdf: This PDF has no text layer \(it looks scanned\).* Look for a text version/,
      );
      expect(results.join(' ')).not.toContain('no judgements');
      await panel.close();
    } finally {
      await site.close();
    }
  });

  it('shows a focused visit on the timeline as an ungraded event with its recommendations', async () => {
    const id = await extensionId(env.context);
    const panel = await env.context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Compare' }).click();
    await panel.setInputFiles('.add-reports input[type=file]', [
      path.join(fixtures, 'pdf/80464-dudley_2023-01-13.pdf'),
      path.join(fixtures, 'visits/dudley-focused-visit-2024-invented.txt'),
    ]);
    await expect.poll(() => panel.locator('label[for=add-progress]').textContent(), { timeout: 60000 }).toBe('2 of 2 read');
    await panel.getByRole('tab', { name: 'Authorities' }).click();
    await panel.getByRole('button', { name: 'Compare Dudley’s inspections' }).click();
    const visit = panel.locator('.inspections > li.visit');
    await visit.waitFor({ timeout: 30000 });
    expect(await visit.textContent()).toMatch(/^May 2024 · Focused visit, no grades/);
    await visit.getByText('3 recommendations from this visit').click();
    expect(await visit.locator('.visit-recommendations li').allTextContents()).toEqual([
      'The quality of management oversight of children at risk of exploitation.',
      'The timeliness of health assessments.',
      'The quality of pathway plans.',
    ]);
    expect(await panel.locator('.area-block').count()).toBeGreaterThan(0);
    await panel.close();
  });
});
