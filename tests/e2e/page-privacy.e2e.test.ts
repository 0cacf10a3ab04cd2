// What a web page can learn from the lens, tried as a hostile page would: page scripts read the
// CSS highlight registry (findings only, never the clipped passages), rewrite their own address
// with history.replaceState to be shown another page's clips, dispatch their own key events, and
// hide a table with a stylesheet. Every read below runs in the page's own world.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionId } from '../../support/browser-harness';
import { frontTabId, readClipMarks, readHighlights, waitForLens } from './page-helpers';
import { useBrowser } from './setup';

const REPORT = 'ilacs-summary.html';
const html = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/pages', REPORT), 'utf8');
const withBody = (extra: string) => html.replace('<body>', `<body>${extra}`);
const HIDDEN_TABLE =
  '<style>.archive { display: none }</style><table class="archive"><tr><th>Judgement</th><th>Grade</th></tr>' +
  '<tr><td>Overall effectiveness</td><td>Inadequate</td></tr></table>';

const env = useBrowser({
  // The same report text under another address, which at once claims to be the clipped page.
  'replaced-at-once.html': withBody(`<script>history.replaceState(null, '', '/${REPORT}')</script>`),
  // The same again, claiming it only later (see the test).
  'replaced-later.html': html,
  'hidden-table.html': withBody(HIDDEN_TABLE),
});

async function open(name: string): Promise<Page> {
  const page = await env.context.newPage();
  await page.goto(env.server.url(name));
  expect(await waitForLens(page)).toBe('painted');
  return page;
}

/** Names in the registry that are not findings: anything a page could read a clip from. */
const notFindings = async (page: Page) =>
  Object.keys(await readHighlights(page)).filter((n) => !n.startsWith('inspection-lens-'));

/** How many scans have painted this page (the content script's performance marks). */
const scans = (page: Page) => page.evaluate(() => performance.getEntriesByName('inspection-lens:painted').length);

describe('what a page script can see', () => {
  it('cannot read a saved clip from the highlight registry, though the reader sees it marked', async () => {
    const report = await open(REPORT);
    await report.bringToFront();
    const tabId = await frontTabId(env.context);
    const panel = await env.context.newPage();
    await panel.goto(`chrome-extension://${await extensionId(env.context)}/sidepanel.html?tab=${tabId}`);
    await panel.getByRole('button', { name: 'Clip recommendation 1', exact: true }).click();
    await expect.poll(() => readClipMarks(report)).toHaveLength(1);
    expect(await notFindings(report)).toEqual([]);
    await panel.close();

    await report.reload();
    await waitForLens(report);
    await expect.poll(() => readClipMarks(report)).toHaveLength(1);
    expect(await notFindings(report)).toEqual([]);
    const texts = Object.values(await readHighlights(report)).flat();
    expect(texts.filter((t) => t.startsWith('The quality, consistency'))).toHaveLength(1); // the finding, once
    await report.close();
  });

  it('is not shown another page’s clips by taking its address with replaceState', async () => {
    const atOnce = await open('replaced-at-once.html');
    expect(atOnce.url()).toBe(env.server.url(REPORT));
    // An absence: give the clip request (asked right after painting) time to come back.
    await atOnce.waitForTimeout(1500);
    expect(await readClipMarks(atOnce)).toEqual([]);
    expect(await notFindings(atOnce)).toEqual([]);

    const later = await open('replaced-later.html');
    const before = await scans(later);
    await later.evaluate((name) => {
      history.replaceState(null, '', `/${name}`);
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Updated.' }));
    }, REPORT);
    await expect.poll(() => scans(later), { timeout: 15000 }).toBeGreaterThan(before);
    await later.waitForTimeout(1500);
    expect(await readClipMarks(later)).toEqual([]);
    expect(await notFindings(later)).toEqual([]);
  });

  it('cannot move the lens with key events it makes itself', async () => {
    const page = await open(REPORT);
    await page.evaluate(() => {
      const init = { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true };
      document.body.dispatchEvent(new KeyboardEvent('keydown', init));
    });
    await page.waitForTimeout(500);
    expect(Object.keys(await readHighlights(page))).not.toContain('lens-focus');
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(async () => Object.keys(await readHighlights(page))).toContain('lens-focus');
  });

  it('does not get a table it hides with a stylesheet painted', async () => {
    const page = await open('hidden-table.html');
    const painted = await readHighlights(page);
    expect(Object.keys(painted)).not.toContain('inspection-lens-inadequate');
    expect(painted['inspection-lens-requires-improvement']).toHaveLength(3);
    expect(painted['inspection-lens-good']).toHaveLength(1);
  });
});
