// Takes the README's install screenshot from real Debian Chromium: chrome://extensions with Developer
// mode on and the shipped build (.output/chrome-mv3, `npm run build`) loaded, as "Load unpacked" leaves it.
// Usage: npm run build && npx tsx scripts/install-screenshot.ts [out.png] (default docs/install-chrome.png)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { RELEASE_EXTENSION } from '../support/browser-harness';

const out = path.resolve(process.argv[2] ?? 'docs/install-chrome.png');
if (!fs.existsSync(path.join(RELEASE_EXTENSION, 'manifest.json'))) throw new Error('build the extension first: npm run build');
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-install-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1100, height: 620 },
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    `--disable-extensions-except=${RELEASE_EXTENSION}`,
    `--load-extension=${RELEASE_EXTENSION}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  const devMode = page.locator('#devMode');
  if ((await devMode.getAttribute('aria-pressed')) !== 'true') await devMode.click();
  await page.getByText('Load unpacked').waitFor();
  await page.getByText('Inspection Lens', { exact: true }).first().waitFor();
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
