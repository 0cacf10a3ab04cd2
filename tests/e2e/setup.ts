// One browser with the extension and one fixture server per test file, closed after it.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, serveFixtures } from '../../support/browser-harness';

export interface BrowserEnv {
  context: BrowserContext;
  server: Awaited<ReturnType<typeof serveFixtures>>;
}

/** Registers the hooks; the returned object is filled before the first test runs. */
export function useBrowser(generated: Record<string, string | Buffer> = {}): BrowserEnv {
  const env = {} as BrowserEnv;
  beforeAll(async () => {
    [env.context, env.server] = await Promise.all([launchWithExtension(), serveFixtures(generated)]);
  });
  afterAll(async () => {
    await env.context?.close();
    await env.server?.close();
  });
  return env;
}
