// Launches Debian Chromium with the built extension and serves the saved pages and PDFs on
// 127.0.0.1. Used by the end-to-end tests, the demo and the page benchmark.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
/** The test build (npm run build:test): the shipped build plus content scripts on loopback pages.
 * A benchmark may load another copy (BENCH_EXTENSION, e.g. an earlier build kept to compare with). */
export const EXTENSION = process.env.BENCH_EXTENSION
  ? path.resolve(process.env.BENCH_EXTENSION)
  : path.join(root, '.output/chrome-mv3-test');
/** The shipped build (npm run build). */
export const RELEASE_EXTENSION = path.join(root, '.output/chrome-mv3');
/** The command that makes EXTENSION. */
export const BUILD_TEST_COMMAND = 'npx wxt build --mode test';

/** Debian Chromium with the built extension loaded; headless unless asked otherwise. */
export async function launchWithExtension({
  headless = true,
  viewport = { width: 1280, height: 800 },
  /** a profile folder to keep between launches; a fresh temporary one by default */
  userDataDir = '',
  /** more Chromium switches (e.g. --host-resolver-rules so a test never reaches the real web, or the Ofsted stand-in's proxy) */
  args = [] as string[],
  /** the built extension's folder (a benchmark's baseline build, say) */
  extension = EXTENSION,
} = {}): Promise<BrowserContext> {
  if (!fs.existsSync(path.join(extension, 'manifest.json')))
    throw new Error('build the test extension first: npm run build:test');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport,
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...args,
    ],
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf' };

/** Serves tests/fixtures/pages and tests/fixtures/pdf, plus generated pages, on an ephemeral loopback port. */
export async function serveFixtures(
  generated: Record<string, string | Buffer> = {},
): Promise<{ url: (name: string) => string; close: () => Promise<void> }> {
  const dirs = ['tests/fixtures/pages', 'tests/fixtures/pdf'].map((d) => path.join(root, d));
  const server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    const type = TYPES[path.extname(name)] ?? 'application/octet-stream';
    if (generated[name] !== undefined) return res.writeHead(200, { 'content-type': type }).end(generated[name]);
    const file = dirs.map((d) => path.join(d, name)).find((f) => fs.existsSync(f));
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The loaded extension's id, read from its service worker's address. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** The viewer's address for a PDF address. */
export const viewerUrl = (id: string, file?: string) =>
  `chrome-extension://${id}/viewer.html${file ? `?file=${encodeURIComponent(file)}` : ''}`;
