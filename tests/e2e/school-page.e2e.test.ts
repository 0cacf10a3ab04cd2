// A school report published as a web page with one paragraph per line of the report (a real 2014
// report, tests/fixtures/real-kinds/school): the side panel lists its cover's judgements and its
// inspection dates, as for the report's plain text.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionId, launchWithExtension, serveFixtures } from '../../support/browser-harness';
import { waitForLens } from './page-helpers';

let server: Awaited<ReturnType<typeof serveFixtures>>;
let context: BrowserContext;
beforeAll(async () => {
  server = await serveFixtures();
  context = await launchWithExtension();
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('a school report as a web page of paragraphs', () => {
  it('lists the cover’s five judgements of this inspection and the inspection dates in the side panel', async () => {
    // As a councillor does: the panel open, then the report opened in a tab in front.
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${await extensionId(context)}/sidepanel.html`);
    const report = await context.newPage();
    await report.goto(server.url('school-report-paragraphs.html'));
    expect(await waitForLens(report)).toBe('painted');
    await report.bringToFront();
    await expect
      .poll(() => panel.getByRole('heading', { name: /Judgements \(\d+\)/ }).textContent(), { timeout: 20000 })
      .toBe('Judgements (5)');
    expect(await panel.locator('body').innerText()).toContain('19–20 March 2014');
  }, 90000);
});
