import { browser } from 'wxt/browser';

/** storage.local key: open Ofsted report files in the viewer by themselves (default on). */
export const AUTO_OPEN_KEY = 'settings.autoOpenOfsted';

export async function readAutoOpen(): Promise<boolean> {
  const stored = await browser.storage.local.get(AUTO_OPEN_KEY);
  return stored[AUTO_OPEN_KEY] !== false;
}
