// Compare with two papers saved and no report (Chromium, 360 px): a story's undated grades of an early
// inspection are listed once as not placed in time, never put into the 2018 inspection a blog dates.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe-helpers';
import { lensBrowser } from './panel-profile';
import { BLOG, STORY } from './papers-only-stories';

const lens = lensBrowser('lens-papers-only-');

describe('Compare with a story and a blog, no report', () => {
  it('keeps the story’s grades out of the 2018 inspection and lists each once as not placed in time', async () => {
    const panel = await lens.openPanel();
    await panel.getByRole('tab', { name: 'Compare' }).click();
    await panel.setInputFiles(
      '.add-reports input[type=file]',
      [STORY, BLOG].map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })),
    );
    await expect.poll(() => panel.locator('.add-results .ok').count(), { timeout: 60000 }).toBe(2);
    await panel.getByRole('tab', { name: 'Authorities' }).click();
    await panel.getByRole('button', { name: 'Compare Bexley’s inspections' }).click();
    await panel.locator('.unplaced-grades li').first().waitFor({ timeout: 20000 });
    const rows = await panel.locator('.inspections > li').allTextContents();
    expect(rows.map((r) => r.split(' · ')[0])).toEqual(['2018']);
    expect(rows.join('\n')).not.toMatch(/bexley-story/);
    expect(await panel.locator('.area-block').allTextContents()).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/inadequate/i)]),
    );
    const unplaced = await panel.locator('.unplaced-grades li').allTextContents();
    expect(unplaced.filter((t) => /bexley-story/.test(t))).toHaveLength(unplaced.length);
    expect(unplaced.filter((t) => /Inadequate from bexley-story/i.test(t)).length).toBeGreaterThan(0);
    expect(new Set(unplaced).size).toBe(unplaced.length);
    expect(await axeViolations(panel)).toEqual([]);
    const wide = await panel.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth);
    expect(wide).toBe(true);
    await panel.close();
  }, 120000);
});
