// The same content script in Firefox ESR (Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi): the Firefox build paints a report page, moves with the keyboard and stays
// silent on a page that is not a report; and what a hostile page can do there (read clips from the
// highlight registry, make its own keys, hide a table, frame the viewer) gets it nothing.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures } from '../../support/browser-harness';
import { cardPointNear, isCardAt, twoFrames } from './card-probe';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** A fixed moz-extension address for the test profile, so the tests can open the extension's pages. */
const UUID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const REPORT = 'ilacs-summary.html';
const reportHtml = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/pages', REPORT), 'utf8');
const HIDDEN_TABLE =
  '<style>.archive { display: none }</style><table class="archive"><tr><th>Judgement</th><th>Grade</th></tr>' +
  '<tr><td>Overall effectiveness</td><td>Inadequate</td></tr></table>';
const BUILD = path.resolve(import.meta.dirname, '../../.output/firefox-mv2-test');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => {
  if (!fs.existsSync(FIREFOX)) throw new Error(`Firefox ESR is missing: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  if (!fs.existsSync(path.join(BUILD, 'manifest.json')))
    throw new Error('build the Firefox test extension first: npm run build:firefox:test');
  [browser, server] = await Promise.all([
    puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'inspection-lens@example.org': UUID }) },
    }),
    serveFixtures({
      'hidden-table.html': reportHtml.replace('<body>', `<body>${HIDDEN_TABLE}`),
      'framer.html': '<!doctype html><title>Framer</title><p>A page that frames the viewer.</p>',
    }),
  ]);
  await browser.installExtension(BUILD);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(name: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(name));
  await page.waitForFunction(() => /painted|silent/.test(document.documentElement.dataset.inspectionLens ?? ''), {
    timeout: 30000,
  });
  return page;
}

const highlights = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])));

describe('Firefox ESR', () => {
  it('paints the judgements and recommendations of a report page', async () => {
    const page = await open('ilacs-summary.html');
    const painted = await highlights(page);
    expect(painted['inspection-lens-good']).toEqual(['The experiences and progress of children in care and care leaversGood']);
    expect(painted['inspection-lens-requires-improvement']).toHaveLength(3);
    expect(painted['inspection-lens-recommendation']).toHaveLength(2);
    expect(JSON.stringify(painted)).not.toContain('good examples');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await expect
      .poll(async () => (await highlights(page))['lens-focus'])
      .toEqual(['The impact of leaders on social work practice with children and familiesRequires improvement to be good']);
    await page.close();
  });

  it('keeps the hover card while the pointer moves onto it, and closes it on Esc or leaving both', async () => {
    const page = await open('ilacs-summary.html');
    const from = await page.evaluate(() => {
      const rect = ([...CSS.highlights.get('inspection-lens-good')!][0] as Range).getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(from.x, from.y);
    await expect.poll(() => page.evaluate(cardPointNear, 'inspection-lens-good')).not.toBeNull();
    const on = (await page.evaluate(cardPointNear, 'inspection-lens-good'))!;
    const cardShown = () => page.evaluate(isCardAt, [on.x, on.y] as [number, number]);
    // Two steps: the first lands in the gap between the finding and its card. More steps are more round trips
    // to Firefox, and on a busy machine one of them can outlast the grace delay with the pointer in the gap.
    await page.mouse.move(on.x, on.y, { steps: 2 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await cardShown()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(cardShown).toBe(false);

    await page.mouse.move(2, 2);
    await page.evaluate(twoFrames);
    await page.mouse.move(from.x, from.y, { steps: 3 });
    await expect.poll(cardShown).toBe(true);
    await page.mouse.move(on.x, on.y, { steps: 2 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await cardShown()).toBe(true);
    await page.mouse.move(2, 2, { steps: 4 });
    await expect.poll(cardShown).toBe(false);
    await page.close();
  });

  it('puts the card back after the page removed it', async () => {
    const page = await open('ilacs-summary.html');
    const cardCount = () => page.evaluate(() => document.querySelectorAll('inspection-lens-card').length);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyN');
    await expect.poll(cardCount).toBe(1);
    await page.evaluate(() => document.querySelector('inspection-lens-card')!.remove());
    expect(await cardCount()).toBe(0);
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await expect.poll(cardCount).toBe(1);
    // Shown, not only attached: somewhere in the window the pointer would meet the card.
    const cardSomewhere = () =>
      page.evaluate(() => {
        for (let y = 2; y < innerHeight; y += 8)
          for (let x = 2; x < innerWidth; x += 16)
            if (document.elementFromPoint(x, y)?.localName === 'inspection-lens-card') return true;
        return false;
      });
    await expect.poll(cardSomewhere).toBe(true);
    await page.close();
  });

  it('paints an Ofsted report page made from a 2023 report', async () => {
    const page = await open('80488-bexley_2023-03-24.html');
    const painted = await highlights(page);
    expect(painted['inspection-lens-outstanding']?.length).toBeGreaterThanOrEqual(3);
    expect(painted['inspection-lens-recommendation']).toHaveLength(2);
    await page.close();
  });

  it('stays silent on a page that is not a report', async () => {
    const page = await open('not-a-report.html');
    expect(await highlights(page)).toEqual({});
    await page.close();
  });
});

/** Opens an extension page (Firefox's navigation to moz-extension addresses never reports done). */
async function openExtensionPage(file: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`moz-extension://${UUID}/${file}`, { timeout: 5000 }).catch(() => {});
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 20000 });
  return page;
}

interface PageReply {
  ok: boolean;
  value?: { url: string; missingClips: string[] };
}
interface Tabs {
  query(q: object): Promise<Array<{ id: number }>>;
  sendMessage(id: number, message: object): Promise<PageReply>;
}
/** In an extension page: what a tab's page side says it shows (its page/report reply). */
const askTab = (panel: Page, tabId: number) =>
  panel.evaluate(
    (id) => (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs.sendMessage(id, { type: 'page/report' }),
    tabId,
  );

/** The id of the tab showing `url`, found by asking each tab's page side what it shows. */
const tabShowing = (panel: Page, url: string) =>
  panel.evaluate(async (want) => {
    const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
    for (const tab of await tabs.query({})) {
      const reply = await tabs.sendMessage(tab.id, { type: 'page/report' }).catch(() => null);
      if (reply?.value?.url === want) return tab.id;
    }
    return -1;
  }, url);

const notFindings = async (page: Page) => Object.keys(await highlights(page)).filter((n) => !n.startsWith('inspection-lens-'));

describe('Firefox ESR against a hostile page', () => {
  it('keeps a saved clip out of the highlight registry the page can read', async () => {
    const report = await open(REPORT);
    const probe = await openExtensionPage('sidepanel.html');
    const tabId = await tabShowing(probe, server.url(REPORT));
    expect(tabId).toBeGreaterThan(0);
    await probe.close();
    const panel = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
    const clip = await panel.waitForSelector('button[aria-label="Clip recommendation 1"]:not([disabled])', { timeout: 20000 });
    await clip!.click();
    await panel.waitForFunction(() => /My clips \(1\)/.test(document.body.innerText), { timeout: 20000 });
    await report.reload();
    await report.waitForFunction(() => document.documentElement.dataset.inspectionLens === 'painted', { timeout: 30000 });
    // The page found the clip (it is not listed as missing) ...
    await expect.poll(async () => (await askTab(panel, tabId)).value?.missingClips).toEqual([]);
    // ... and the page's own scripts see findings only.
    expect(await notFindings(report)).toEqual([]);
    await panel.close();
    await report.close();
  });

  it('ignores key events the page makes, and paints no table it hides', async () => {
    const page = await open('hidden-table.html');
    expect(Object.keys(await highlights(page))).not.toContain('inspection-lens-inadequate');
    await page.evaluate(() =>
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(Object.keys(await highlights(page))).not.toContain('lens-focus');
    await page.close();
  });

  it('refuses to load the viewer in a web page’s frame', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('framer.html'));
    const src = `moz-extension://${UUID}/viewer.html?file=${encodeURIComponent(server.url('80464-dudley_2018-12-10.pdf'))}`;
    await page.evaluate(
      (s) =>
        new Promise<void>((resolve) => {
          const frame = Object.assign(document.createElement('iframe'), { src: s });
          frame.addEventListener('load', () => resolve(), { once: true });
          document.body.append(frame);
        }),
      src,
    );
    await expect.poll(() => page.frames()[1]?.url() ?? '').toMatch(/^about:neterror\?e=cspBlocked/);
    await page.close();
  });
});
