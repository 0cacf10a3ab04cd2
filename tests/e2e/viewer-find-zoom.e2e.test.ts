// Find and zoom in the viewer (Chromium), on a 33-page report: typing a word goes to its first match
// on the page being read or after it (not to the old match's place), and zoom keeps the page.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionId, viewerUrl } from '../../support/browser-harness';
import { readCard } from './page-helpers';
import { pdfPageTexts } from './pdf-pages';
import { useBrowser } from './setup';

const NAME = '80432-bolton_2014-03-21';
const env = useBrowser();
let pageTexts: string[];
beforeAll(async () => {
  pageTexts = await pdfPageTexts(path.resolve(import.meta.dirname, `../fixtures/pdf/${NAME}.pdf`));
});

/** Occurrences of `words` (any spacing, any case) on each page, page 1 first. */
const countsByPage = (words: string) =>
  pageTexts.map((t) => (t.match(new RegExp(words.split(' ').join('\\s+'), 'gi')) ?? []).length);

async function openReport(): Promise<Page> {
  const page = await env.context.newPage();
  await page.goto(viewerUrl(await extensionId(env.context), env.server.url(`${NAME}.pdf`)));
  await page.waitForSelector('.finding-list', { timeout: 30000 });
  return page;
}
const pageBox = (page: Page) => page.getByLabel('Page number');
const shownPage = async (page: Page) => Number(await pageBox(page).inputValue());
async function goToPage(page: Page, n: number) {
  await pageBox(page).fill(String(n));
  await pageBox(page).press('Enter');
  await expect.poll(() => shownPage(page)).toBe(n);
}
/** The first page at or after `from` with a match of `words` (page texts as pdf.js gives them). */
function firstPageFrom(words: string, from: number): number {
  return countsByPage(words).findIndex((c, i) => i + 1 >= from && c > 0) + 1;
}
const matchNumber = async (page: Page) => Number((await page.textContent('.matches'))?.match(/^(\d+) of \d+$/)?.[1] ?? NaN);

/**
 * The page box once the view has stopped moving: it follows the scroll, which can settle after the match
 * count has changed (a busy machine showed the old page for a moment).
 */
async function settledPage(page: Page): Promise<number> {
  let last = NaN;
  await expect
    .poll(
      async () => {
        const before = last;
        last = await shownPage(page);
        return last === before;
      },
      { interval: 250 },
    )
    .toBe(true);
  return last;
}

/** Shift+Enter from the match shown goes before `from`: so the match shown was the first from that page on. */
async function previousIsBefore(page: Page, from: number) {
  const at = await matchNumber(page);
  await page.getByLabel('Find in report').press('Shift+Enter');
  await expect.poll(() => matchNumber(page)).toBe(at - 1);
  expect(await settledPage(page)).toBeLessThan(from);
  await page.getByLabel('Find in report').press('Enter');
  await expect.poll(() => matchNumber(page)).toBe(at);
}

describe('viewer find and zoom', () => {
  it('does not leave a finding’s card floating over another page after Find moves away from it', async () => {
    const page = await openReport();
    await page.locator('.pages').focus();
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => readCard(page)).toContain('Judgement');
    const find = page.getByLabel('Find in report');
    await find.fill('care leavers');
    await find.press('Enter');
    await find.press('Enter');
    await expect.poll(() => shownPage(page)).toBeGreaterThan(2);
    await expect.poll(() => readCard(page)).toBeNull();
    // and it stays gone once the view has settled
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await readCard(page)).toBeNull();
    await page.close();
  });

  it('find lands on the first match after the current page, and starts again as the query changes', async () => {
    const page = await openReport();
    await goToPage(page, 10);
    const find = page.getByLabel('Find in report');
    await find.fill('care leavers');
    const first = firstPageFrom('care leavers', 10);
    expect(first).toBeGreaterThan(10); // matches before page 10 and after it: the test can tell
    await expect.poll(() => shownPage(page)).toBe(first);
    expect(await matchNumber(page)).toBeGreaterThan(1);
    await previousIsBefore(page, 10);
    // Move on a few matches with Enter, then type another word: it starts from the page now shown.
    const at = await matchNumber(page);
    for (let i = 0; i < 3; i++) await find.press('Enter');
    await expect.poll(() => matchNumber(page)).toBe(at + 3);
    const from = await settledPage(page);
    await find.fill('adoption');
    await expect.poll(() => shownPage(page)).toBe(firstPageFrom('adoption', from));
    await previousIsBefore(page, from);
    await page.close();
  });

  it('zoom keeps the page being read, and the page box says so', async () => {
    const page = await openReport();
    await goToPage(page, 12);
    for (const zoom of ['200%', '50%', '300%', '125%']) {
      await page.getByLabel('Zoom', { exact: true }).selectOption(zoom);
      await expect.poll(() => shownPage(page)).toBe(12);
      // page 12 is really on screen at the reading line, not just named in the box
      const onScreen = await page.evaluate(() => {
        const pages = document.querySelector<HTMLElement>('.pages')!;
        const box = document.querySelector<HTMLElement>('.page[data-page="12"]')!.getBoundingClientRect();
        const line = pages.getBoundingClientRect().top + pages.clientHeight / 3;
        return box.top <= line && box.bottom >= line;
      });
      expect(onScreen, zoom).toBe(true);
      if (zoom === '200%') {
        // The page that fitted across now starts at its left edge: no line has its first letters cut off.
        const left = await page.evaluate(() => {
          const pages = document.querySelector<HTMLElement>('.pages')!;
          const box = document.querySelector<HTMLElement>('.page[data-page="12"]')!.getBoundingClientRect();
          return box.left - pages.getBoundingClientRect().left;
        });
        expect(left, 'page left edge at 200 %').toBeGreaterThanOrEqual(0);
      }
    }
    await page.getByLabel('Zoom in').click();
    await expect.poll(() => shownPage(page)).toBe(12);
    await page.close();
  });
});
