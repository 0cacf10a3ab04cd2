// The card on hover and keyboard focus, next / previous, and silence on pages that are not reports.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';
import { readCard, readHighlights, waitForLens } from './page-helpers';
import { cardPointNear, isCardAt, twoFrames } from './card-probe';

const env = useBrowser();

async function open(name: string): Promise<Page> {
  const page = await env.context.newPage();
  await page.goto(env.server.url(name));
  await waitForLens(page);
  return page;
}

/** The centre of the first range of a highlight, in viewport coordinates. */
const centreOf = (page: Page, name: string) =>
  page.evaluate((n) => {
    const rect = ([...CSS.highlights.get(n)!][0] as Range).getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, name);

const focused = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('lens-focus') ?? [])].map((r) => r.toString()));

describe('the finding card', () => {
  it('shows what a judgement is on hover, and goes away off it', async () => {
    const page = await open('ilacs-summary.html');
    const { x, y } = await centreOf(page, 'inspection-lens-good');
    await page.mouse.move(x, y);
    await expect
      .poll(() => readCard(page))
      .toContain('Judgement · The experiences and progress of children in care and care leavers · Good · ILACS 2022');
    expect(await readCard(page)).toContain('This inspection: 31 October to 11 November 2022');
    await page.mouse.move(2, 2);
    await expect.poll(() => readCard(page)).toBeNull();
    await page.close();
  });

  it('on a council paper, says which inspection a grade is, never "this inspection"', async () => {
    // "That Notice was imposed following Ofsted's 'inadequate' judgement in July 2012": the paper's
    // grade of the earlier inspection, dated as the paper dates it.
    const page = await open('walsall-2014-scrutiny-self-assessment.html');
    const { x, y } = await centreOf(page, 'inspection-lens-inadequate');
    await page.mouse.move(x, y);
    await expect.poll(() => readCard(page)).toContain('From an earlier inspection (July 2012)');
    const card = await readCard(page);
    expect(card).not.toContain('This inspection');
    await page.close();
  });

  it('stays while the pointer moves from the highlight onto the card, and closes on Esc or leaving both', async () => {
    const page = await open('ilacs-summary.html');
    const from = await centreOf(page, 'inspection-lens-good');
    await page.mouse.move(from.x, from.y);
    await expect.poll(() => readCard(page)).toContain('Judgement');
    const on = await page.evaluate(cardPointNear, 'inspection-lens-good');
    expect(on).not.toBeNull();
    // across the gap between them, in small steps as a hand moves
    await page.mouse.move(on!.x, on!.y, { steps: 6 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await readCard(page)).toContain('Judgement');
    expect(await page.evaluate(isCardAt, [on!.x, on!.y] as [number, number])).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();

    await page.mouse.move(2, 2);
    await page.evaluate(twoFrames);
    await page.mouse.move(from.x, from.y, { steps: 3 });
    await expect.poll(() => readCard(page)).toContain('Judgement');
    await page.mouse.move(on!.x, on!.y, { steps: 6 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await readCard(page)).toContain('Judgement');
    await page.mouse.move(2, 2, { steps: 4 });
    await expect.poll(() => readCard(page)).toBeNull();
    await page.close();
  });

  it('shows on keyboard focus of a link inside a recommendation', async () => {
    const page = await open('ilacs-summary.html');
    await page.focus('a[href="#oversight"]');
    await expect.poll(() => readCard(page)).toContain('Recommendation');
    await page.close();
  });

  it('cannot be read or restyled by the page, and does not lengthen it', async () => {
    const page = await open('ilacs-summary.html');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => readCard(page)).not.toBeNull();
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('inspection-lens-card');
      return { shadow: host?.shadowRoot ?? null, text: host?.textContent ?? '' };
    });
    expect(seenByPage).toEqual({ shadow: null, text: '' });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);
    await page.close();
  });
});

describe('a page that removes the card', () => {
  it('gets it back on the next finding, and a page that keeps removing it makes no loop', async () => {
    const page = await open('ilacs-summary.html');
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => readCard(page)).not.toBeNull();
    await page.evaluate(() => document.querySelector('inspection-lens-card')!.remove());
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => readCard(page)).toMatch(/2 of \d+/);

    // Now every time it is added: a few presses, a few removals, and then quiet.
    await page.evaluate(() => {
      const w = window as { removals?: number };
      w.removals = 0;
      new MutationObserver(() => {
        const host = document.querySelector('inspection-lens-card');
        if (!host) return;
        host.remove();
        w.removals! += 1;
      }).observe(document.documentElement, { childList: true });
      document.querySelector('inspection-lens-card')!.remove();
    });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForTimeout(500);
    const removals = await page.evaluate(() => (window as { removals?: number }).removals);
    expect(removals).toBeGreaterThanOrEqual(1);
    expect(removals).toBeLessThanOrEqual(3);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as { removals?: number }).removals)).toBe(removals);
    await page.close();
  });
});

describe('next and previous', () => {
  it('moves through the findings in document order, scrolling each into view', async () => {
    const page = await open('80432-bolton_2014-03-21.html');
    const all = Object.values(await readHighlights(page)).flat().length;
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Alt+Shift+KeyN');
      const [text] = await focused(page);
      seen.push(text!);
    }
    expect(new Set(seen).size).toBe(6);
    expect(await readCard(page)).toContain(`6 of ${all}`);
    const inView = await page.evaluate(() => {
      const rect = ([...CSS.highlights.get('lens-focus')!][0] as Range).getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await page.keyboard.press('Alt+Shift+KeyP');
    expect(await focused(page)).toEqual([seen[4]]);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toEqual([]);
    await expect.poll(() => readCard(page)).toBeNull();
    await page.close();
  });

  it('leaves typing in a form field alone', async () => {
    const page = await open('ilacs-summary.html');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing';
      document.body.prepend(input);
    });
    await page.focus('#typing');
    await page.keyboard.press('Alt+Shift+KeyN');
    expect(await focused(page)).toEqual([]);
    await page.close();
  });
});

describe('a page that is not a report', () => {
  it('gets no highlights and no card', async () => {
    const page = await open('not-a-report.html');
    expect(await page.evaluate(() => document.documentElement.dataset.inspectionLens)).toBe('silent');
    expect(await readHighlights(page)).toEqual({});
    await page.keyboard.press('Alt+Shift+KeyN');
    expect(await page.evaluate(() => document.querySelector('inspection-lens-card'))).toBeNull();
    await page.close();
  });
});
