// axe-core run inside a real extension page (so colour contrast is measured on real layout), and
// the ways a councillor changes how the page looks: the browser's zoom and the dark theme.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every axe rule (colour contrast on) over the whole page; "rule: offending html | …" per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE); // through the debugger, so the extension page's script policy does not apply
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> };
    };
    const r = await w.axe.run(document, { rules: { 'color-contrast': { enabled: true } } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
  });
}

/** The browser's own zoom of an extension page open in a tab (chrome.tabs.setZoom), as a user sets it. */
export async function setZoom(page: Page, factor: number): Promise<void> {
  type Tabs = { getCurrent(): Promise<{ id: number }>; setZoom(id: number, factor: number): Promise<void> };
  await page.evaluate(async (f) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    await tabs.setZoom((await tabs.getCurrent()).id, f);
  }, factor);
  await page.waitForFunction((f) => Math.abs(window.devicePixelRatio - f) < 0.01, factor);
}

export const LOOKS = [
  ['light', 1],
  ['dark', 1],
  ['light', 2],
  ['dark', 2],
] as const;

/** axe on `page` in each look (theme and zoom); `look → violations` for every look that has any. */
export async function axeInEveryLook(
  page: Page,
  before: () => Promise<void> = async () => {},
): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [scheme, zoom] of LOOKS) {
    await page.emulateMedia({ colorScheme: scheme });
    await setZoom(page, zoom);
    await before();
    const violations = await axeViolations(page);
    if (violations.length) found[`${scheme} ${zoom * 100}%`] = violations;
  }
  await setZoom(page, 1);
  return found;
}
