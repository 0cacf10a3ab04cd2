// The same content script in Firefox ESR (Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi): the Firefox build paints a report page, moves with the keyboard and stays
// silent on a page that is not a report.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures } from '../../scripts/harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = path.resolve(import.meta.dirname, '../../.output/firefox-mv2-test');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => {
  if (!fs.existsSync(FIREFOX)) throw new Error(`Firefox ESR is missing: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  if (!fs.existsSync(path.join(BUILD, 'manifest.json')))
    throw new Error('build the Firefox test extension first: npm run build:firefox:test');
  [browser, server] = await Promise.all([
    puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['--remote-allow-system-access'] }),
    serveFixtures(),
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
