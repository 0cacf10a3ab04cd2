// One Chromium with the test build in a profile of its own for a test file: started before the file's tests,
// closed and deleted after them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { extensionId, launchWithExtension } from '../../support/browser-harness';

/** The browser a test file drives: its context and the extension's id, set once `beforeAll` has run. */
export interface LensBrowser {
  context: BrowserContext;
  id: string;
  /** a new tab on the side panel's page (the panel as a tab, at the context's viewport) */
  openPanel(): Promise<Page>;
}

/**
 * Registers `beforeAll`/`afterAll` hooks that launch Chromium with the extension in a fresh profile (a temporary
 * folder named from `prefix`) at `viewport` (CSS px) and close and delete it afterwards. Read the returned
 * object's fields inside tests, not at the top of the file: they are set by the hook.
 */
export function lensBrowser(prefix: string, viewport = { width: 360, height: 800 }): LensBrowser {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const browser = {
    openPanel: async () => {
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${browser.id}/sidepanel.html`);
      return panel;
    },
  } as LensBrowser;
  beforeAll(async () => {
    browser.context = await launchWithExtension({ userDataDir: profile, viewport });
    browser.id = await extensionId(browser.context);
  });
  afterAll(async () => {
    await browser.context?.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });
  return browser;
}
