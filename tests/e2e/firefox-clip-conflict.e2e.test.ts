// Issue 15, fault 3, in Firefox ESR (puppeteer-core over WebDriver BiDi, the Firefox test build): two
// panels editing one clip end with the later edit, the other window is told, and nothing typed is lost.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, tabShowing, type FirefoxWithExtension } from './firefox-extension';

const REPORT = 'ilacs-summary.html';
const SLOW = { timeout: 20000 };

let firefox: FirefoxWithExtension;
let browser: Browser;
let server: FirefoxWithExtension['server'];
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension('7a2b3c4d-5e6f-4a70-8b9c-0d1e2f3a4b5c');
  ({ browser, server } = firefox);
});
afterAll(async () => {
  await firefox?.close();
});
const openExtensionPage = (file: string) => firefox.openExtensionPage(file);

/** The one stored clip, read from IndexedDB itself. */
const storedClip = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ note: string; tags: string[] }>((resolve, reject) => {
        const open = indexedDB.open('inspection-lens');
        open.onsuccess = () => {
          const all = open.result.transaction('clips').objectStore('clips').getAll();
          all.onsuccess = () => (resolve(all.result[0] as { note: string; tags: string[] }), open.result.close());
          all.onerror = () => reject(all.error);
        };
      }),
  );

/** Acts in a panel as a user would, in front (Firefox does not click or type into a tab behind). */
async function act(panel: Page, run: () => Promise<unknown>): Promise<void> {
  await panel.bringToFront();
  await run();
}

/** Reloads a panel as F5 does (the same tab, so the same session), and waits for the new document. */
async function reload(panel: Page): Promise<void> {
  await panel.bringToFront();
  await panel.evaluate(() => void setTimeout(() => location.reload(), 0));
  await panel.waitForFunction(() => !document.querySelector('.clip-editor'), SLOW);
}

/** The clip editor of a panel: its fields, messages and Save. */
function editor(panel: Page) {
  const value = (selector: string) => panel.$eval(selector, (e) => (e as HTMLInputElement).value);
  const text = (selector: string) => panel.$eval(selector, (e) => e.textContent ?? '');
  return {
    note: () => value('.clip-editor textarea'),
    tags: () => value('.clip-editor input:not([type])'),
    status: () => text('.clip-editor [role=status]'),
    alert: () => text('.clip-editor [role=alert]'),
    // typed as a person would: select what is there, then type over it (every key an input event)
    fillNote: (s: string) =>
      act(panel, async () => {
        await panel.click('.clip-editor textarea');
        await panel.keyboard.down('Control');
        await panel.keyboard.press('KeyA');
        await panel.keyboard.up('Control');
        await panel.keyboard.type(s);
      }),
    fillTags: (s: string) => act(panel, () => panel.locator('.clip-editor input:not([type])').fill(s)),
    save: () => act(panel, () => panel.locator('.clip-editor button[type=submit]').click()),
  };
}

/** The report open and painted in a tab, and that tab's id for panels to follow. */
async function openReport() {
  const report = await browser.newPage();
  await report.goto(server.url(REPORT));
  await report.waitForFunction(() => document.documentElement.dataset.inspectionLens === 'painted', { timeout: 30000 });
  const probe = await openExtensionPage('sidepanel.html');
  const tabId = await tabShowing(probe, server.url(REPORT));
  await probe.close();
  return { report, tabId };
}

describe('Firefox ESR: two panels on one clip', () => {
  it('end with the later edit and a message in the other, nothing lost', { timeout: 180000 }, async () => {
    const { report, tabId } = await openReport();
    const [pa, pb] = [
      await openExtensionPage(`sidepanel.html?tab=${tabId}`),
      await openExtensionPage(`sidepanel.html?tab=${tabId}`),
    ];
    await act(pa, async () =>
      (await pa.waitForSelector('button[aria-label="Clip recommendation 1"]:not([disabled])', SLOW))!.click(),
    );
    for (const p of [pa, pb]) {
      await p.waitForFunction(() => /My clips \(1\)/.test(document.body.innerText), SLOW);
      await act(p, () => p.locator('#tab-clips').click());
      await p.waitForSelector('.clip-editor textarea', SLOW);
    }
    const [a, b] = [editor(pa), editor(pb)];

    // B changes only the tags; A saves a note first. B follows A's note, and its save keeps both.
    await b.fillTags('placements, health');
    await a.fillNote('Note saved in window A');
    await a.save();
    await expect.poll(b.note, SLOW).toBe('Note saved in window A');
    expect(await b.status()).toMatch(/changes saved in another window/);
    await b.save();
    await expect
      .poll(() => storedClip(pb), SLOW)
      .toMatchObject({ note: 'Note saved in window A', tags: ['placements', 'health'] });

    // Both type; A follows B's tags keeping its typing, and saves first; B is told, refused once, then wins.
    // A has followed B's save before the next typing (puppeteer's fill sets the value without an
    // input event before it types, so a re-render in between would restore the old note).
    await expect.poll(a.tags, SLOW).toBe('placements, health');
    await a.fillNote('A: a second thought');
    await b.fillNote('B: the later edit');
    await expect.poll(a.status, SLOW).toMatch(/changes saved in another window/);
    expect([await a.tags(), await a.note()]).toEqual(['placements, health', 'A: a second thought']);
    await a.save();
    await expect.poll(async () => (await storedClip(pb)).note, SLOW).toBe('A: a second thought');
    await expect.poll(b.alert, SLOW).toMatch(/also changed in another window.*A: a second thought/);
    await b.save();
    await expect.poll(b.alert, SLOW).toMatch(/^Not saved: .*A: a second thought.*again/);
    expect([await b.note(), (await storedClip(pb)).note]).toEqual(['B: the later edit', 'A: a second thought']);
    await b.save();
    await expect.poll(async () => (await storedClip(pb)).note, SLOW).toBe('B: the later edit');
    await expect.poll(a.note, SLOW).toBe('B: the later edit');
    expect(await a.status()).toMatch(/changes saved in another window/);
    await Promise.all([pa.close(), pb.close(), report.close()]);
  });

  it("a reloaded panel shows its own saved note, never the other open panel's unsaved draft", { timeout: 180000 }, async () => {
    const { report, tabId } = await openReport();
    const openClips = async (p: Page) => {
      await p.waitForFunction(() => /My clips \(1\)/.test(document.body.innerText), SLOW);
      await act(p, () => p.locator('#tab-clips').click());
      await p.waitForSelector('.clip-editor textarea', SLOW);
    };
    const [pa, pb] = [
      await openExtensionPage(`sidepanel.html?tab=${tabId}`),
      await openExtensionPage(`sidepanel.html?tab=${tabId}`),
    ];
    for (const p of [pa, pb]) await openClips(p);
    const [a, b] = [editor(pa), editor(pb)];
    await a.fillNote('Window A note');
    await b.fillNote('Window B note');
    await a.save();
    await expect.poll(async () => (await storedClip(pb)).note, SLOW).toBe('Window A note');
    await expect.poll(b.alert, SLOW).toMatch(/also changed in another window/);
    await b.save();
    await expect.poll(b.alert, SLOW).toMatch(/^Not saved: /);

    await reload(pa);
    await openClips(pa);
    await expect.poll(a.note, SLOW).toBe('Window A note');
    // B's draft is still B's: B's own reload brings it back.
    await reload(pb);
    await openClips(pb);
    await expect.poll(b.note, SLOW).toBe('Window B note');
    expect(await a.note()).toBe('Window A note');
    await Promise.all([pa.close(), pb.close(), report.close()]);
  });
});
