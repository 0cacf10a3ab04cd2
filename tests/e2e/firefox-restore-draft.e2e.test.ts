// Firefox ESR (the Firefox test build, puppeteer-core over WebDriver BiDi): a backup made in another
// browser holds an unsaved note of one clip; after the restore, My clips shows that note at once,
// without reloading the panel, and still after switching the panel's tabs; a second panel already
// open shows it too. And the viewer names the
// one page of a blank PDF in words beside its "no text" notice.
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-extension';

const BACKUP = path.resolve(import.meta.dirname, '../fixtures/backups/restored-draft.json');
const BLANK = path.resolve(import.meta.dirname, '../fixtures/pdf/blank.pdf');
const NOTE = 'Ask the director for an update at the March committee';
const SLOW = { timeout: 20000 };

let firefox: FirefoxWithExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension('5c4b3a29-1807-4f6e-9d5c-4b3a29180716');
});
afterAll(async () => {
  await firefox?.close();
});

const clickTab = (page: Page, name: string) => page.locator(`::-p-aria([name="${name}"][role="tab"])`).click();
/** The notes of My clips as shown, in the order shown. */
const notes = (page: Page) => page.$$eval('.clip-editor textarea', (all) => all.map((t) => (t as HTMLTextAreaElement).value));

describe('a restored unsaved note in Firefox', () => {
  it('shows in My clips at once, and after switching tabs, and in a second panel already open', async () => {
    // The second window's panel, open on My clips before the restore.
    const other = await firefox.openExtensionPage('sidepanel.html');
    await other.setViewport({ width: 360, height: 800 });
    await other.waitForSelector('[role=tab]', SLOW);
    await clickTab(other, 'My clips (0)');
    const panel = await firefox.openExtensionPage('sidepanel.html');
    await panel.setViewport({ width: 360, height: 800 });
    await panel.waitForSelector('[role=tab]', SLOW);
    await clickTab(panel, 'Backup and export');
    const input = await panel.waitForSelector('input[type=file][accept*=json]');
    await input!.uploadFile(BACKUP);
    await panel.waitForFunction(
      () => /1 unsaved clip edits were added/.test(document.querySelector('[role=status]')?.textContent ?? ''),
      SLOW,
    );
    await clickTab(panel, 'My clips (2)');
    await panel.waitForFunction(() => document.querySelectorAll('.clip-editor textarea').length === 2, SLOW);
    expect(await notes(panel)).toContain(NOTE);
    await clickTab(panel, 'This report');
    await clickTab(panel, 'My clips (2)');
    await panel.waitForFunction(() => document.querySelectorAll('.clip-editor textarea').length === 2, SLOW);
    expect(await notes(panel)).toContain(NOTE);
    expect(await panel.evaluate(() => document.body.innerText)).toContain('Unsaved changes');
    // The other panel shows the restored note too, once, without reopening.
    await other.bringToFront();
    await other.waitForFunction(
      (note) => [...document.querySelectorAll('.clip-editor textarea')].some((t) => (t as HTMLTextAreaElement).value === note),
      SLOW,
      NOTE,
    );
    expect((await notes(other)).filter((n) => n === NOTE)).toHaveLength(1);
    expect(await notes(other)).toHaveLength(2);
    expect(await other.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(
      true,
    );
    await other.close();
  }, 120000);

  it('names the one page of a blank PDF in words, beside the notice that it has no text', async () => {
    const viewer = await firefox.openExtensionPage('viewer.html');
    const input = await viewer.waitForSelector('input[type=file]');
    await input!.uploadFile(BLANK);
    await viewer.waitForSelector('[role=alert]', SLOW);
    expect(await viewer.$eval('[role=alert]', (e) => e.textContent)).toMatch(/no text layer/);
    expect(await viewer.$eval('.toolbar', (e) => (e as HTMLElement).innerText)).toContain('Page 1 of 1');
    expect(await viewer.$$('input[aria-label="Page number"]')).toHaveLength(0);
  }, 120000);
});
