// Firefox ESR with the Firefox test build installed (puppeteer-core over WebDriver BiDi), shared by
// the Firefox end-to-end files that open extension pages.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serveFixtures } from '../../support/browser-harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = path.resolve(import.meta.dirname, '../../.output/firefox-mv2-test');

export interface FirefoxWithExtension {
  browser: Browser;
  server: Awaited<ReturnType<typeof serveFixtures>>;
  /** Opens an extension page (Firefox's navigation to moz-extension addresses never reports done). */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Firefox ESR with the extension under the fixed `uuid`, and the fixture server. Throws
 * with the command to run when Firefox or the build is missing. */
export async function launchFirefoxWithExtension(
  uuid: string,
  prefs: Record<string, unknown> = {},
): Promise<FirefoxWithExtension> {
  if (!fs.existsSync(FIREFOX)) throw new Error(`Firefox ESR is missing: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  if (!fs.existsSync(path.join(BUILD, 'manifest.json')))
    throw new Error('build the Firefox test extension first: npm run build:firefox:test');
  const [browser, server] = await Promise.all([
    puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { ...prefs, 'extensions.webextensions.uuids': JSON.stringify({ 'inspection-lens@example.org': uuid }) },
    }),
    serveFixtures(),
  ]);
  await browser.installExtension(BUILD);
  return {
    browser,
    server,
    async openExtensionPage(file) {
      const page = await browser.newPage();
      await page.goto(`moz-extension://${uuid}/${file}`, { timeout: 5000 }).catch(() => {});
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: 20000 });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

interface Tabs {
  query(q: object): Promise<Array<{ id: number }>>;
  sendMessage(id: number, message: object): Promise<{ value?: { url: string } }>;
}
/** The id of the tab showing `url` (-1 when none), found from an extension page by asking each
 * tab's page side what it shows. */
export const tabShowing = (extensionPage: Page, url: string) =>
  extensionPage.evaluate(async (want) => {
    const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
    for (const tab of await tabs.query({})) {
      const reply = await tabs.sendMessage(tab.id, { type: 'page/report' }).catch(() => null);
      if (reply?.value?.url === want) return tab.id;
    }
    return -1;
  }, url);
