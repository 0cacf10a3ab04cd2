// Which tabs show a page whose detection ran past its time budget (TOO_UNUSUAL), so the side panel
// can say so instead of "not a report". The page says it itself; the panel asks here, because the
// page's own answer carries no findings either way. Kept in session storage, so a restarted service
// worker still knows, and forgotten when the tab loads another page or closes.
import { browser, type Browser } from 'wxt/browser';

const key = (tabId: number) => `tooUnusual:${tabId}`;
const memory = new Map<string, string>();

// storage.session where the browser has it (Chrome 102+, Firefox 115+), else this background's memory.
const session = () => browser.storage?.session;
async function put(k: string, url: string | null): Promise<void> {
  const area = session();
  if (url === null) return area ? area.remove(k) : void memory.delete(k);
  return area ? area.set({ [k]: url }) : void memory.set(k, url);
}
async function read(k: string): Promise<string | undefined> {
  const area = session();
  return area ? ((await area.get(k))[k] as string | undefined) : memory.get(k);
}

/** Notes how detection of a page's text ended (`read`: findings came back; false: over the budget).
 * Only a tab's top-level page counts: a frame's result says nothing about the page the panel shows. */
export async function recordOutcome(sender: Browser.runtime.MessageSender, found: boolean): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return;
  await put(key(tabId), found ? null : (sender.url ?? ''));
}

const page = (url: string) => url.replace(/#.*$/, '');

/** Was the page now in tab `tabId` (at `url`, when the browser tells us) too unusual to read within
 * the time budget? A result that arrived for an address the tab has since left does not count. */
export async function isTooUnusual(tabId: number, url?: string): Promise<boolean> {
  const stored = await read(key(tabId));
  if (stored === undefined) return false;
  return !stored || !url || page(stored) === page(url);
}

/** Forgets a tab's outcome when it starts loading another page or closes. Call once, at start-up. */
export function setUpDetectOutcomes(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void put(key(tabId), null);
  });
  browser.tabs.onRemoved.addListener((tabId) => void put(key(tabId), null));
}
