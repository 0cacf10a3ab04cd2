// axe-core inside Debian Chromium, colour contrast on, on every extension page a councillor sees in a
// first session: the side panel (each tab, at 360 px with a report saved and a recommendation
// clipped), the viewer with a PDF open, and the report's briefing; each in the light and the dark
// theme, at 100 % and at 200 % zoom. Each page also has one h1 and one main landmark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionId, viewerUrl } from '../../support/browser-harness';
import { axeInEveryLook, setZoom } from './axe-helpers';
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

/** Tabs through the page until the file input inside the label `name` has the focus; its label's outline. */
async function tabToFileButton(page: Page, name: string): Promise<{ style: string; width: number }> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate((label) => {
      const input = document.activeElement;
      const owner = input?.closest('label');
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !owner?.textContent?.includes(label)) return null;
      const css = getComputedStyle(owner);
      return { style: css.outlineStyle, width: parseFloat(css.outlineWidth) };
    }, name);
    if (outline) return outline;
  }
  throw new Error(`no file button "${name}" reached with Tab`);
}

/** Elements that reach past the panel's right edge ("tag.class:right"), none when nothing scrolls sideways. */
const widerThanPanel = (page: Page) =>
  page.evaluate(() => {
    const edge = document.scrollingElement!.clientWidth + 0.5;
    return [...document.querySelectorAll('main *')]
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > edge)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}:${Math.round(e.getBoundingClientRect().right)}`);
  });

/** What has the focus, by its text. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('axe in Chromium, light and dark, 100 % and 200 %', () => {
  let panel: Page;

  it('passes the side panel, every tab', async () => {
    panel = await openPanel();
    // the five tabs in one row at 360 px, none of them cut off
    const tabs = await panel.$$eval('[role=tab]', (all) =>
      all.map((t) => ({ top: t.getBoundingClientRect().top, fits: t.scrollWidth <= t.clientWidth })),
    );
    expect(new Set(tabs.map((t) => Math.round(t.top))).size).toBe(1);
    expect(tabs.every((t) => t.fits)).toBe(true);
    // the briefing waits for the saved report, and says so
    const briefing = panel.getByRole('button', { name: 'Briefing for this report' });
    expect(await briefing.getAttribute('aria-disabled')).toBe('true');
    expect(await panel.locator(`#${await briefing.getAttribute('aria-describedby')}`).textContent()).toMatch(
      /save the report first/,
    );
    // Save and Clip by keyboard: the focus stays where it was and a live region says what happened
    await panel.getByRole('button', { name: 'Save report' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByRole('status').first().textContent()).toMatch(/^Report saved\./);
    expect(await focusedText(panel)).toBe('Saved');
    expect(await briefing.getAttribute('aria-disabled')).toBeNull();
    await panel.getByRole('button', { name: 'Clip recommendation 1', exact: true }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByRole('status').first().textContent()).toBe('Clipped recommendation 1. It is in My clips.');
    expect(await focusedText(panel)).toBe('Clipped');
    await panel.getByRole('tab', { name: /My clips \(1\)/ }).waitFor();
    // the file buttons show the keyboard focus
    await panel.getByRole('tab', { name: 'Backup and export' }).click();
    expect(await tabToFileButton(panel, 'Restore from a backup…')).toEqual({ style: 'solid', width: 3 });
    await panel.getByRole('tab', { name: 'Compare' }).click();
    expect(await tabToFileButton(panel, 'Add reports…')).toEqual({ style: 'solid', width: 3 });
    const found: Record<string, Record<string, string[]>> = {};
    const sideways: Record<string, string[]> = {};
    for (const tab of TABS) {
      await panel.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      const inTab = await axeInEveryLook(panel);
      if (Object.keys(inTab).length) found[tab] = inTab;
      // At 200 % the 360 px panel is 180 CSS px wide: every tab reflows, nothing scrolls sideways.
      await setZoom(panel, 2);
      const wide = await widerThanPanel(panel);
      if (wide.length) sideways[tab] = wide;
      await setZoom(panel, 1);
    }
    expect(found).toEqual({});
    expect(sideways).toEqual({});
    expect(await landmarks(panel)).toEqual({ h1: 1, main: 1 });
  });

  it('passes the briefing for the saved report', async () => {
    await panel.getByRole('tab', { name: 'This report' }).click();
    const opened = env.context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Briefing for this report' }).click();
    const briefing = await opened;
    await briefing.locator('h1').waitFor({ timeout: 20000 });
    expect(await axeInEveryLook(briefing)).toEqual({});
    expect(await landmarks(briefing)).toEqual({ h1: 1, main: 1 });
    // a briefing of a report no longer saved says so, on a page with its heading and landmark
    await briefing.goto(briefing.url().replace(/report=[^&]+/, 'report=no-such-report'));
    await briefing.getByRole('alert').waitFor();
    expect(await landmarks(briefing)).toEqual({ h1: 1, main: 1 });
    expect(await axeInEveryLook(briefing)).toEqual({});
    await briefing.close();
  });

  it('passes the viewer with a PDF open, a word found and a failure shown', async () => {
    const id = await extensionId(env.context);
    const viewer = await env.context.newPage();
    await viewer.goto(viewerUrl(id, env.server.url('80464-dudley_2018-12-10.pdf')));
    await viewer.waitForSelector('.finding-list', { timeout: 30000 });
    await viewer.getByLabel('Find in report').fill('care leavers');
    expect(await axeInEveryLook(viewer)).toEqual({});
    expect(await tabToFileButton(viewer, 'Open a PDF…')).toEqual({ style: 'solid', width: 3 });
    // at 200 % the toolbar wraps and the findings reflow: nothing sideways, no grade chip cut off
    await setZoom(viewer, 2);
    const fit = await viewer.evaluate(() => {
      const toolbar = document.querySelector('.toolbar')!;
      const findings = document.querySelector('.findings')!;
      const edge = findings.getBoundingClientRect();
      const chips = [...findings.querySelectorAll('.grade-chip')].map((c) => c.getBoundingClientRect());
      return {
        toolbar: toolbar.scrollWidth <= toolbar.clientWidth,
        findings: findings.scrollWidth <= findings.clientWidth,
        chips: chips.length > 0 && chips.every((c) => c.left >= edge.left && c.right <= edge.right),
      };
    });
    expect(fit).toEqual({ toolbar: true, findings: true, chips: true });
    await setZoom(viewer, 1);
    expect(await landmarks(viewer)).toEqual({ h1: 1, main: 1 });
    await viewer.goto(viewerUrl(id, env.server.url('ilacs-summary.html')));
    await viewer.locator('[role=alert]').waitFor({ timeout: 20000 });
    expect(await axeInEveryLook(viewer)).toEqual({});
    await viewer.close();
  });
});
