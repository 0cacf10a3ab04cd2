// Compare with two papers saved and no report, in Firefox ESR's panel page at 360 px: a story's undated
// grades of an early inspection are listed once as not placed in time, never put into the 2018
// inspection a blog dates (as compare-papers-only.e2e.test.ts in Chromium).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-extension';
import { BLOG, STORY } from './papers-only-stories';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-ff-papers-only-'));
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension('3e2d1c0b-9a8f-4e7d-b6c5-a4b3c2d1e0f9');
});
afterAll(async () => {
  await firefox?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Compare in Firefox ESR with a story and a blog, no report', () => {
  it('keeps the story’s grades out of the 2018 inspection and lists each once as not placed in time', async () => {
    const files = [STORY, BLOG].map((f) => {
      const file = path.join(dir, f.name);
      fs.writeFileSync(file, f.text);
      return file;
    });
    const page = await firefox.openExtensionPage('sidepanel.html');
    await page.setViewport({ width: 360, height: 800 });
    await page.waitForSelector('[role=tab]', { timeout: 30000 });
    await page.locator('::-p-aria([name="Compare"][role="tab"])').click();
    const input = await page.waitForSelector('.add-reports input[type=file]');
    await input!.uploadFile(...files);
    await page.waitForFunction(() => document.querySelectorAll('.add-results .ok').length === 2, { timeout: 60000 });
    await page.locator('::-p-aria([name="Authorities"][role="tab"])').click();
    await page.locator('::-p-aria(Compare Bexley’s inspections)').click();
    await page.waitForSelector('.unplaced-grades li', { timeout: 20000 });
    const all = (selector: string) => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));
    const rows = await all('.inspections > li');
    expect(rows.map((r) => r.split(' · ')[0])).toEqual(['2018']);
    expect(rows.join('\n')).not.toMatch(/bexley-story/);
    expect((await all('.area-block')).join('\n')).not.toMatch(/inadequate/i);
    const unplaced = await all('.unplaced-grades li');
    expect(unplaced.every((t) => /bexley-story/.test(t))).toBe(true);
    expect(unplaced.some((t) => /Inadequate from bexley-story/i.test(t))).toBe(true);
    expect(new Set(unplaced).size).toBe(unplaced.length);
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string }> }> } };
      return (await w.axe.run(document, { rules: { 'color-contrast': { enabled: true } } })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(
      true,
    );
    await page.close();
  }, 120000);
});
