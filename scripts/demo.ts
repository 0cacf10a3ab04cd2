// npm run demo: builds the extension, serves a bundled report page on 127.0.0.1 and opens Debian
// Chromium with Inspection Lens loaded on it. With a display you get a window to try it in (close
// it to finish); without one it runs headless and saves screenshots, and prints where.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { BUILD_TEST_COMMAND, extensionId, launchWithExtension, serveFixtures, viewerUrl } from '../support/browser-harness';

const root = path.resolve(import.meta.dirname, '..');
const SAMPLE_PAGE = '80464-dudley_2018-12-10.html';
const SAMPLE_PDF = '80464-dudley_2018-12-10.pdf';
const OUT = path.join(root, 'demo-output');

async function waitForLens(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => /painted|silent|failed/.exec(document.documentElement.dataset.inspectionLens ?? '')?.[0],
  );
  return String(await handle.jsonValue());
}

/** Moves the pointer onto the first judgement so its card shows. */
async function hoverFirstJudgement(page: Page): Promise<void> {
  const point = await page.evaluate(() => {
    const name = [...CSS.highlights.keys()].find((n) => n !== 'inspection-lens-recommendation' && n !== 'lens-focus');
    const range = name ? ([...CSS.highlights.get(name)!][0] as Range) : null;
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 } : null;
  });
  if (point) await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  console.log('Building the extension…');
  execSync(BUILD_TEST_COMMAND, { cwd: root, stdio: 'ignore' });
  const server = await serveFixtures();
  const headless = !process.env.DISPLAY;
  const context = await launchWithExtension({ headless });
  const page = await context.newPage();
  await page.goto(server.url(SAMPLE_PAGE));
  const state = await waitForLens(page);
  const counts = await page.evaluate(() =>
    [...CSS.highlights].map(([name, h]) => `${name.replace('inspection-lens-', '')}: ${h.size}`),
  );
  console.log(`${SAMPLE_PAGE}: ${state}; highlights ${counts.join(', ')}`);
  const viewer = await context.newPage();
  await viewer.goto(viewerUrl(await extensionId(context), server.url(SAMPLE_PDF)));
  await viewer.waitForSelector('.finding-list, [role=alert]', { timeout: 60000 });
  const listed = await viewer.locator('.finding-list h2').allTextContents();
  console.log(`${SAMPLE_PDF} in the viewer: ${listed.join(', ')}`);
  if (!headless) {
    console.log('Chromium is open on the sample report page and, in a second tab, the same report as a PDF in the viewer.');
    console.log('Hover a highlight, or press Alt+Shift+N / Alt+Shift+P. Close the window to finish.');
    await new Promise((resolve) => context.on('close', resolve));
    return server.close();
  }
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, '1-report-page.png') });
  await hoverFirstJudgement(page);
  await page.screenshot({ path: path.join(OUT, '2-hover-card.png') });
  for (let i = 0; i < 8; i++) await page.keyboard.press('Alt+Shift+KeyN');
  await page.screenshot({ path: path.join(OUT, '3-keyboard-next.png') });
  await viewer.bringToFront();
  await viewer.locator('.pages').focus();
  await viewer.keyboard.press('Alt+Shift+KeyN');
  await viewer.waitForTimeout(300);
  await viewer.screenshot({ path: path.join(OUT, '4-pdf-viewer.png') });
  await context.close();
  await server.close();
  console.log(`No display, so Chromium ran headless. Screenshots: ${OUT}`);
  for (const f of fs.readdirSync(OUT).sort()) console.log(`  ${path.join(OUT, f)}`);
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
