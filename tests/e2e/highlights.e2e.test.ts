import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFixtures } from './browser';

let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  [context, server] = await Promise.all([launchWithExtension(), serveFixtures()]);
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** Highlight names and the text of their ranges, read from the page through CSS.highlights. */
async function readHighlights(pageName: string) {
  const page = await context.newPage();
  await page.goto(server.url(pageName));
  await page.waitForFunction(() => /painted|silent/.test(document.documentElement.dataset.inspectionLens ?? ''));
  const highlights = await page.evaluate(() =>
    Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])),
  );
  return { page, highlights };
}

describe('highlights on a report page', () => {
  it('paints judgements by grade and recommendations, and leaves the page working', async () => {
    const { page, highlights } = await readHighlights('ilacs-summary.html');
    expect(Object.keys(highlights).every((n) => n.startsWith('inspection-lens-'))).toBe(true);
    // Range text joins table cells with nothing between them.
    expect(highlights['inspection-lens-requires-improvement']).toEqual([
      'The impact of leaders on social work practice with children and familiesRequires improvement to be good',
      'The experiences and progress of children who need help and protectionRequires improvement to be good',
      'Overall effectivenessRequires improvement to be good',
    ]);
    expect(highlights['inspection-lens-good']).toEqual(['The experiences and progress of children in care and care leaversGood']);
    expect(highlights['inspection-lens-recommendation']).toHaveLength(2);
    expect(JSON.stringify(highlights)).not.toContain('good examples');
    expect(await page.evaluate(() => document.body.dataset.pageScript)).toBe('ran');
  });

  it('stays silent on a page that is not a report', async () => {
    const { highlights } = await readHighlights('not-a-report.html');
    expect(highlights).toEqual({});
  });
});
