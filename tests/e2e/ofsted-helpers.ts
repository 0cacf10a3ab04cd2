// The Ofsted stand-in for the history tests: provider pages for Dudley (with a fault behind most
// links), West Northamptonshire and its predecessor Northamptonshire, a page of another layout and
// a page that is no provider page; and reaching into the banner's closed shadow root.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { providerPage, tableProviderPage, type ListedFile, type OfstedSite } from '../../support/ofsted-site';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../shared');
export const corpusPdf = (rel: string) => fs.readFileSync(path.join(SHARED, 'corpus', rel));

export const DUDLEY: ListedFile[] = [
  { id: 'dudley-2023', label: 'Children’s services inspection, pdf - 13 January 2023' },
  { id: 'dudley-2018', label: 'Children’s services inspection, pdf - 10 December 2018' },
  { id: 'dudley-2016', label: "Children's services inspection, pdf - 05 April 2016" },
  { id: 'dudley-2016-again', label: 'Monitoring visit, pdf - 20 June 2014' },
  { id: 'dudley-missing', label: 'Focused visit, pdf - 02 March 2021' },
  { id: 'dudley-sign-in', label: 'Focused visit, pdf - 15 October 2020' },
  { id: 'dudley-cut', label: 'Monitoring visit, pdf - 12 May 2015' },
  { id: 'dudley-slow', label: 'Joint targeted area inspection, pdf - 04 July 2019' },
  { id: 'dudley-send', label: 'Area SEND inspection, pdf - 11 March 2025' },
];

export const WEST_NORTHANTS: ListedFile[] = [
  { id: 'wn-2026', label: 'Children’s services inspection, pdf - 07 July 2026' },
  { id: 'wn-2022', label: 'Children’s services inspection, pdf - 25 November 2022' },
];
/** The predecessor's page, laid out differently: no publication-link class, no hidden words. */
export const NORTHANTS: ListedFile[] = [{ id: 'wn-2024-send', label: 'Area SEND inspection, pdf - 12 July 2024' }];

/** One more authority, for Cancel. */
export const BOLTON: ListedFile[] = ['2023-10-27', '2018-06-12', '2014-03-21'].map((d) => ({
  id: `bolton-${d}`,
  label: `Children’s services inspection, pdf - ${d}`,
}));

/** Fills the stand-in site: pages and files, with the faults behind Dudley's links. */
export function stockSite(site: OfstedSite, scanned: Buffer): void {
  site.pages.set('/provider/44/80464', providerPage('Dudley', DUDLEY));
  site.pages.set('/provider/44/2637548', providerPage('West Northamptonshire', WEST_NORTHANTS));
  site.pages.set('/provider/44/121939', tableProviderPage('Northamptonshire', NORTHANTS));
  site.pages.set('/search?q=dudley&level_1_types=3', providerPage('Search results', DUDLEY.slice(0, 2)));
  const dudley = (y: string) => corpusPdf(`ofsted/80464-dudley/${y}-inspection.pdf`);
  site.files.set('dudley-2023', { pdf: dudley('2023-01-13') });
  site.files.set('dudley-2018', { pdf: dudley('2018-12-10') });
  site.files.set('dudley-2016', { fault: '500-once', pdf: dudley('2016-04-05') });
  site.files.set('dudley-2016-again', { pdf: dudley('2016-04-05') });
  site.files.set('dudley-missing', { fault: '404' });
  site.files.set('dudley-sign-in', { fault: 'html' });
  site.files.set('dudley-cut', { fault: 'truncated', pdf: dudley('2018-12-10') });
  site.files.set('dudley-slow', { fault: 'hang' });
  site.files.set('dudley-send', { pdf: scanned });
  site.pages.set('/provider/44/80432', providerPage('Bolton', BOLTON));
  for (const f of BOLTON) site.files.set(f.id, { pdf: corpusPdf(`ofsted/80432-bolton/${f.id.slice(7)}-inspection.pdf`) });
  const wn = (f: string) => corpusPdf(`ofsted/2637548-west-northamptonshire/${f}`);
  site.files.set('wn-2026', { pdf: wn('2026-07-07-inspection.pdf') });
  site.files.set('wn-2022', { pdf: wn('2022-11-25-inspection.pdf') });
  site.files.set('wn-2024-send', { pdf: corpusPdf('send/2637548-west-northamptonshire/2024-07-12-area-send.pdf') });
}

/** Chromium switches: every connection through the recording proxy, its certificate accepted. */
export const proxyArgs = (site: OfstedSite) => [
  `--proxy-server=http://${site.proxy}`,
  '--proxy-bypass-list=<-loopback>',
  '--ignore-certificate-errors',
];

/** Runs `fn` (source of a function of the shadow root) in the banner's closed shadow root. */
export async function inBanner<T>(page: Page, fn: string, arg: unknown = null): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'inspection-lens-banner' });
    if (!nodeId) return null;
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as {
      node: { shadowRoots?: Array<{ backendNodeId: number }> };
    };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    return (result.result.value ?? null) as T | null;
  } finally {
    await cdp.detach();
  }
}

/** The banner's words (null when there is none). */
export const bannerText = (page: Page) =>
  inBanner<string>(page, 'function () { return this.querySelector(".banner").textContent.replace(/\\s+/g, " ").trim(); }');

/** The stored reports, read from an extension page: id, title, urls. */
export async function storedReports(context: BrowserContext, id: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/sidepanel.html`);
  const rows = await page.evaluate(
    () =>
      new Promise<Array<{ id: string; title: string; urls: string[]; authority: string | null }>>((resolve, reject) => {
        const open = indexedDB.open('inspection-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('reports').objectStore('reports').getAll();
          all.onsuccess = () =>
            resolve(all.result.map((r) => ({ id: r.id, title: r.title, urls: r.urls, authority: r.document.authority })));
        };
      }),
  );
  await page.close();
  return rows;
}

interface ChromeLocal {
  chrome: { storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } };
}

/** Sets the queue's timings (pacing, time limit, back-off) from an extension page. */
export async function setQueueSettings(context: BrowserContext, id: string, settings: Record<string, number>) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/sidepanel.html`);
  await page.evaluate(
    (s) => (globalThis as unknown as ChromeLocal).chrome.storage.local.set({ 'ofsted-queue-settings': s }),
    settings,
  );
  await page.close();
}

/** The stored queue, read from an extension page. */
export async function queueState(context: BrowserContext, id: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/sidepanel.html`);
  const q = await page.evaluate(() =>
    (globalThis as unknown as ChromeLocal).chrome.storage.local.get('ofsted-queue').then((r) => r['ofsted-queue']),
  );
  await page.close();
  return q as { items: Array<{ fileUrl: string; status: string; message: string }> } | undefined;
}

/** The year of each inspection Compare lists ("Nov 2022 · ILACS …" → "2022"), newest first; for
 * a Playwright or a Puppeteer page alike. */
export function inspectionYears(page: { $$eval<R>(selector: string, fn: (els: Element[]) => R): Promise<R> }): Promise<string[]> {
  return page.$$eval('.inspections > li', (els) => els.map((e) => /\b(?:19|20)\d\d\b/.exec(e.textContent ?? '')?.[0] ?? ''));
}
