// The PDF viewer in Chromium: corpus reports served on 127.0.0.1 open with the labelled grades and
// recommendations highlighted and listed; local files open; every failure gets its message.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankGrade } from '../../lib/detect/grades';
import { gradeHighlightName } from '../../lib/page/paint';
import { extensionId, launchWithExtension, serveFixtures, viewerUrl } from '../../support/browser-harness';
import { axeViolations } from './axe-helpers';
import { frontTabId, readCard, readHighlights } from './page-helpers';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const REPORTS = {
  'SIF 2014': '80432-bolton_2014-03-21',
  'ILACS 2018': '80464-dudley_2018-12-10',
  'ILACS 2023': '80488-bexley_2023-03-24',
  'ILACS 2026': '80480-lancashire_2026-08-20',
};

let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveFixtures>>;
let id: string;

/** A PDF with pictures but no text, as a scanner makes: printed by Chromium from a page of boxes. */
async function scannedPdf(ctx: BrowserContext): Promise<Buffer> {
  const page = await ctx.newPage();
  await page.setContent('<div style="width:400px;height:300px;background:linear-gradient(#888,#eee)"></div>');
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

beforeAll(async () => {
  context = await launchWithExtension();
  const generated = {
    'scanned.pdf': (await scannedPdf(context)).toString('latin1'),
    'broken.pdf': `%PDF-1.7\n${'this is not the rest of a PDF '.repeat(200)}`,
    'empty.pdf': '',
  };
  server = await serveFixtures(Object.fromEntries(Object.entries(generated).map(([k, v]) => [k, Buffer.from(v, 'latin1')])));
  id = await extensionId(context);
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

async function openViewer(file?: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(viewerUrl(id, file));
  return page;
}

const gold = (name: string) => JSON.parse(fs.readFileSync(path.join(fixtures, 'gold', `${name}.json`), 'utf8'));
const listedJudgements = (page: Page) =>
  page.$$eval('.finding-list tr[data-area-key]', (rows) =>
    rows.filter((r) => r.children.length === 2).map((r) => `${r.getAttribute('data-area-key')}:${r.getAttribute('data-grade')}`),
  );

describe.each(Object.entries(REPORTS))('viewer on the %s report', (_framework, name) => {
  it('highlights and lists the labelled judgements and recommendations', async () => {
    const page = await openViewer(server.url(`${name}.pdf`));
    await page.waitForSelector('.finding-list', { timeout: 30000 });
    const labels = gold(name);
    const want = labels.judgements.map((j: { area_key: string; grade: string }) => `${j.area_key}:${j.grade}`).sort();
    expect((await listedJudgements(page)).sort()).toEqual(want);
    const highlights = await readHighlights(page);
    for (const j of labels.judgements as Array<{ grade: string }>)
      expect(highlights[gradeHighlightName(rankGrade(j.grade))]?.length).toBeGreaterThan(0);
    expect(highlights['inspection-lens-recommendation']).toHaveLength(labels.recommendations.length);
    expect(await page.locator('.page').count()).toBeGreaterThan(3);
    await page.close();
  });
});

describe('viewer', () => {
  it('opens a local file from the file picker', async () => {
    const page = await openViewer();
    await expect.poll(() => page.textContent('.empty')).toContain('Files never leave this computer');
    await page.setInputFiles('input[type=file]', path.join(fixtures, 'pdf', '80476-kent_2013-08-23.pdf'));
    await page.waitForSelector('.finding-list', { timeout: 30000 });
    const want = gold('80476-kent_2013-08-23').judgements.map(
      (j: { area_key: string; grade: string }) => `${j.area_key}:${j.grade}`,
    );
    expect((await listedJudgements(page)).sort()).toEqual(want.sort());
    await page.close();
  });

  it('moves through findings with the keyboard and shows the card', async () => {
    const page = await openViewer(server.url('80464-dudley_2018-12-10.pdf'));
    await page.waitForSelector('.finding-list', { timeout: 30000 });
    await page.locator('.pages').focus();
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect
      .poll(() => readCard(page))
      .toContain('Judgement · The impact of leaders on social work practice with children and families · Good');
    await page
      .getByRole('button', { name: /Management oversight|timeliness of strategy meetings/ })
      .first()
      .click();
    await expect.poll(() => readCard(page)).toContain('Recommendation');
    await page.close();
  });

  it('finds words across line breaks', async () => {
    const page = await openViewer(server.url('80464-dudley_2018-12-10.pdf'));
    await page.waitForSelector('.finding-list', { timeout: 30000 });
    await page.getByLabel('Find in report').fill('care leavers');
    await expect.poll(() => page.textContent('.matches')).toMatch(/^1 of \d+$/); // from page 1, where the reader is
    await page.getByLabel('Find in report').press('Enter');
    await expect.poll(() => page.textContent('.matches')).toMatch(/^2 of \d+$/);
    expect((await readHighlights(page))['lens-find']!.length).toBeGreaterThan(3);
    await page.close();
  });

  it('knows a report by its fingerprint, whether fetched or opened from disk', async () => {
    const fetched = await openViewer(server.url('80488-bexley_2023-03-24.pdf'));
    await fetched.waitForSelector('.finding-list', { timeout: 30000 });
    const local = await openViewer();
    await local.setInputFiles('input[type=file]', path.join(fixtures, 'pdf', '80488-bexley_2023-03-24.pdf'));
    await local.waitForSelector('.finding-list', { timeout: 30000 });
    const a = await fetched.getAttribute('.viewer', 'data-fingerprint');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(await local.getAttribute('.viewer', 'data-fingerprint')).toBe(a);
    await fetched.close();
    await local.close();
  });
});

describe('pdf.js’s shared worker', () => {
  it('keeps running once a report is read (Chrome’s offscreen document holds it), and the next report reaches it', async () => {
    const probe = await context.newPage();
    const cdp = await context.newCDPSession(probe);
    const targets = async () => (await cdp.send('Target.getTargets')).targetInfos;
    const pdfWorkers = async () =>
      (await targets()).filter((t) => t.type === 'shared_worker' && t.url.endsWith('/pdf-worker.js'));
    const page = await openViewer(server.url('80488-bexley_2023-03-24.pdf'));
    await page.waitForSelector('.finding-list', { timeout: 30000 });
    expect(await pdfWorkers()).toHaveLength(1);
    // The viewer asked for it to be kept: the offscreen document is there to hold it.
    await expect
      .poll(async () => (await targets()).some((t) => t.url.endsWith('/offscreen.html')), { timeout: 10000 })
      .toBe(true);
    await page.close();
    await probe.waitForTimeout(1500); // a shared worker nobody holds ends once its last tab has gone
    expect(await pdfWorkers()).toHaveLength(1);
    const next = await openViewer(server.url('80464-dudley_2018-12-10.pdf'));
    await next.waitForSelector('.finding-list', { timeout: 30000 });
    expect(await pdfWorkers()).toHaveLength(1);
    await next.close();
    await probe.close();
  });
});

describe('viewer failures', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['a scanned PDF', () => server.url('scanned.pdf'), /no text layer \(it looks scanned\)/],
    ['a password-protected PDF', () => server.url('password-protected.pdf'), /protected by a password/],
    ['a broken PDF', () => server.url('broken.pdf'), /could not be read as a PDF: it may be damaged/],
    ['an address that is not a PDF', () => server.url('ilacs-summary.html'), /^This address sent a web page, not a PDF\. /],
    ['an empty file', () => server.url('empty.pdf'), /^This address sent an empty file, not a PDF\. /],
    ['a missing file', () => server.url('no-such-report.pdf'), /answered “404/],
    ['a network error', () => 'http://127.0.0.1:9/report.pdf', /Could not reach 127\.0\.0\.1:9/],
  ];
  it.each(cases)('says so for %s', async (_what, url, message) => {
    const page = await openViewer(url());
    await expect.poll(() => page.locator('[role=alert] p').textContent(), { timeout: 30000 }).toMatch(message);
    const said = (await page.locator('[role=alert] p').textContent())!;
    // plain English: no pdf.js or HTTP jargon in brackets, no double full stop, a next step
    expect(said).not.toMatch(/\.\.|\(.*(Exception|Invalid|structure).*\)|application\/|text\/html/);
    expect(said.split('. ').length, said).toBeGreaterThan(1);
    // no page box over an empty grey pane when there is nothing to show
    expect(await page.locator('.toolbar').textContent()).not.toMatch(/of 0/);
    if (!(await page.locator('.page').count())) expect(await page.locator('.pages').isVisible()).toBe(false);
    await page.close();
  });

  it('still shows the pages of a scanned PDF, and the panel says it looks scanned', async () => {
    const page = await openViewer(server.url('scanned.pdf'));
    await page.waitForSelector('[role=alert]');
    // its one page is named in words beside the notice, never "Page  of 1" around an empty box
    expect(await page.locator('.toolbar').innerText()).toContain('Page 1 of 1');
    expect(await page.getByLabel('Page number').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('.page canvas').count()).toBeGreaterThan(0);
    await page.bringToFront();
    const tabId = await frontTabId(context);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('.empty').textContent(), { timeout: 20000 }).toMatch(/it looks scanned/);
    await panel.close();
    await page.close();
  });

  it.each([
    ['password-protected.pdf', /^The Inspection Lens viewer could not read this PDF\. This PDF is protected by a password/],
    ['broken.pdf', /^The Inspection Lens viewer could not read this PDF\. .*could not be read as a PDF: it may be damaged/],
    ['empty.pdf', /^The Inspection Lens viewer could not read this PDF\. This address sent an empty file, not a PDF\. /],
  ])('the panel beside %s says what the viewer says, not that the page is no report', async (file, said) => {
    const page = await openViewer(server.url(file));
    await page.waitForSelector('[role=alert] p', { timeout: 30000 });
    const viewerSays = (await page.locator('[role=alert] p').textContent())!;
    await page.bringToFront();
    const tabId = await frontTabId(context);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('.empty').textContent(), { timeout: 20000 }).toMatch(said);
    const panelSays = (await panel.locator('.empty').textContent())!;
    expect(panelSays).toContain(viewerSays);
    expect(panelSays).not.toMatch(/not a report/);
    await panel.close();
    await page.close();
  });
});

describe('opening Ofsted files', () => {
  it('redirects Ofsted report files into the viewer, unless turned off', async () => {
    const worker = context.serviceWorkers()[0]!;
    const outcome = () =>
      worker.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { declarativeNetRequest: { testMatchOutcome: (r: object) => Promise<{ matchedRules: unknown[] }> } };
          }
        ).chrome.declarativeNetRequest
          .testMatchOutcome({ url: 'https://files.ofsted.gov.uk/v1/file/50212345', type: 'main_frame' })
          .then((r) => r.matchedRules.length),
      );
    await expect.poll(outcome).toBe(1);
    const page = await openViewer();
    await page.getByLabel('Open Ofsted reports here automatically').uncheck();
    await expect.poll(outcome).toBe(0);
    await page.getByLabel('Open Ofsted reports here automatically').check();
    await expect.poll(outcome).toBe(1);
    await page.close();
  });
});
