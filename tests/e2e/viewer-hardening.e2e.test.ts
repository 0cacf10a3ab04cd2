// The viewer against hostile pages and awkward addresses: framed by a web page it never loads (the
// extension's pages refuse web frame ancestors), framed by anything else it shows no controls and
// fetches nothing, a literal % in an address opens, and the Ofsted redirect keeps &, + and %.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionId, launchWithExtension, viewerUrl } from '../../support/browser-harness';
import { useBrowser } from './setup';

const PDF = '80464-dudley_2018-12-10.pdf';
const bytes = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/pdf', PDF));
const env = useBrowser({
  'framer.html': '<!doctype html><title>Framer</title><p>A page that frames the viewer.</p>',
  '100%.pdf': bytes,
});

/** The viewer's address as the extension itself makes it (Chrome: the per-session alias). */
const ownViewerAddress = async (context: BrowserContext) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { getURL: (p: string) => string } } }).chrome.runtime.getURL('/viewer.html'),
  );
};

/** Adds an iframe of `src` to `page` and returns its frame once it has loaded (or failed to). */
async function frameIn(page: Page, src: string): Promise<Frame> {
  await page.evaluate(
    (s) =>
      new Promise<void>((resolve) => {
        const frame = Object.assign(document.createElement('iframe'), { src: s, width: 800, height: 600 });
        frame.addEventListener('load', () => resolve(), { once: true });
        document.body.append(frame);
      }),
    src,
  );
  return page.frames().find((f) => f !== page.mainFrame())!;
}

const controls = (frame: Frame) =>
  frame.evaluate(() => document.querySelectorAll('button, input, select, textarea, [tabindex]').length);

describe('the viewer in a frame', () => {
  it('is not loaded at all when a web page frames it, by either address', async () => {
    const id = await extensionId(env.context);
    for (const base of [await ownViewerAddress(env.context), `chrome-extension://${id}/viewer.html`]) {
      const page = await env.context.newPage();
      await page.goto(env.server.url('framer.html'));
      const frame = await frameIn(page, `${base}?file=${encodeURIComponent(env.server.url(PDF))}`);
      expect(frame.url()).not.toMatch(/^chrome-extension:/);
      await page.close();
    }
  });

  it('shows a sentence and no controls, and fetches nothing, where it may be framed', async () => {
    const id = await extensionId(env.context);
    const host = await env.context.newPage();
    await host.goto(viewerUrl(id));
    const frame = await frameIn(host, viewerUrl(id, env.server.url(PDF)));
    await expect.poll(() => frame.textContent('main')).toContain('does not work inside another page');
    expect(await controls(frame)).toBe(0);
    expect(await frame.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).not.toContain(
      env.server.url(PDF),
    );
    await host.close();
  });
});

describe('viewer addresses', () => {
  it('opens an address with a literal %, titled from the report it holds', async () => {
    const page = await env.context.newPage();
    await page.goto(viewerUrl(await extensionId(env.context), env.server.url('100%.pdf')));
    await page.waitForSelector('.finding-list', { timeout: 30000 });
    await expect.poll(() => page.title()).toBe("Dudley: children's services inspection, Nov 2018");
    await page.close();
  });

  it('says so for an address it cannot read', async () => {
    const page = await env.context.newPage();
    await page.goto(`${viewerUrl(await extensionId(env.context))}?file=%25`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not a web address');
    await page.close();
  });

  it('says so, and offers another try, when the file stops arriving part way (never left on "opening")', async () => {
    // A server that sends a PDF's headers and first bytes, then drops the connection.
    const cut = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '100000' });
      res.write('%PDF-1.7\n', () => res.destroy());
    });
    await new Promise<void>((resolve) => cut.listen(0, '127.0.0.1', resolve));
    const { port } = cut.address() as AddressInfo;
    const page = await env.context.newPage();
    await page.goto(viewerUrl(await extensionId(env.context), `http://127.0.0.1:${port}/cut.pdf`));
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20000 }).toContain('stopped arriving');
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await page.close();
    await new Promise((resolve) => cut.close(resolve));
  });

  it('keeps &, + and % of an Ofsted address through the redirect, and stores it encoded', async () => {
    // Ofsted's host is mapped to a closed local port: the redirect happens before any connection,
    // and the fetch that follows fails here, never on the real web.
    const context = await launchWithExtension({ args: ['--host-resolver-rules=MAP files.ofsted.gov.uk 127.0.0.1:9'] });
    try {
      const address = 'https://files.ofsted.gov.uk/v1/file/50212345?name=a&b=c+d%25e';
      const page = await context.newPage();
      await page.goto(env.server.url('framer.html'));
      await page.evaluate(
        (href) => document.body.append(Object.assign(document.createElement('a'), { href, textContent: 'report' })),
        address,
      );
      await page.getByRole('link', { name: 'report' }).click();
      await expect.poll(() => page.url(), { timeout: 20000 }).toMatch(/^chrome-extension:.*viewer\.html\?file=/);
      expect(new URL(page.url()).searchParams.get('file')).toBe(address);
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('files.ofsted.gov.uk');
    } finally {
      await context.close();
    }
  });
});
