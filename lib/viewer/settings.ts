// The viewer's settings in the extension's storage (browser API), shared by the viewer and the background.
import { browser } from 'wxt/browser';

/** storage.local key: open Ofsted report files in the viewer by themselves (default on). */
export const AUTO_OPEN_KEY = 'settings.autoOpenOfsted';

export async function readAutoOpen(): Promise<boolean> {
  const stored = await browser.storage.local.get(AUTO_OPEN_KEY);
  return stored[AUTO_OPEN_KEY] !== false;
}
