// axe-core inside Debian Chromium, colour contrast on, on every extension page a councillor sees in a
// first session: the side panel (each tab, at 360 px with a report saved and a recommendation
// clipped), the viewer with a PDF open, and the report's briefing; each in the light and the dark
// theme, at 100 % and at 200 % zoom. Each page also has one h1 and one main landmark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionId, viewerUrl } from '../../support/browser-harness';
import { axeInEveryLook } from './axe-helpers';
import { frontTabId, waitForLens } from './page-helpers';
import { useBrowser } from './setup';

const env = useBrowser();
const TABS = ['This report', 'Compare', 'Authorities', 'My clips', 'Backup and export'];

const landmarks = (page: Page) =>
  page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main, [role=main]').length,
  }));

/** A Bolton report page and the side panel pinned to its tab, 360 px wide as Chromium draws it. */
async function openPanel(): Promise<Page> {
  const report = await env.context.newPage();
  await report.goto(env.server.url('80432-bolton_2014-03-21.html'));
  expect(await waitForLens(report)).toBe('painted');
  await report.bringToFront();
  const tabId = await frontTabId(env.context);
  const panel = await env.context.newPage();
  await panel.setViewportSize({ width: 360, height: 800 });
  await panel.goto(`chrome-extension://${await extensionId(env.context)}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('.finding-list', { timeout: 30000 });
  return panel;
}

describe('axe in Chromium, light and dark, 100 % and 200 %', () => {
  let panel: Page;

  it('passes the side panel, every tab', async () => {
    panel = await openPanel();
    await panel.getByRole('button', { name: 'Save report' }).click();
    await panel.locator('.finding-list button.clip').first().click();
    await panel.getByRole('tab', { name: /My clips \(1\)/ }).waitFor();
    const found: Record<string, Record<string, string[]>> = {};
    for (const tab of TABS) {
      await panel.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      const inTab = await axeInEveryLook(panel);
      if (Object.keys(inTab).length) found[tab] = inTab;
    }
    expect(found).toEqual({});
    expect(await landmarks(panel)).toEqual({ h1: 1, main: 1 });
  });

  it('passes the briefing for the saved report', async () => {
    await panel.getByRole('tab', { name: 'Backup and export' }).click();
    const opened = env.context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Briefing for this report' }).click();
    const briefing = await opened;
    await briefing.locator('h1').waitFor({ timeout: 20000 });
    expect(await axeInEveryLook(briefing)).toEqual({});
    expect(await landmarks(briefing)).toEqual({ h1: 1, main: 1 });
    await briefing.close();
  });

  it('passes the viewer with a PDF open, a word found and a failure shown', async () => {
    const id = await extensionId(env.context);
    const viewer = await env.context.newPage();
    await viewer.goto(viewerUrl(id, env.server.url('80464-dudley_2018-12-10.pdf')));
    await viewer.waitForSelector('.finding-list', { timeout: 30000 });
    await viewer.getByLabel('Find in report').fill('care leavers');
    expect(await axeInEveryLook(viewer)).toEqual({});
    expect(await landmarks(viewer)).toEqual({ h1: 1, main: 1 });
    await viewer.goto(viewerUrl(id, env.server.url('ilacs-summary.html')));
    await viewer.locator('[role=alert]').waitFor({ timeout: 20000 });
    expect(await axeInEveryLook(viewer)).toEqual({});
    await viewer.close();
  });
});
