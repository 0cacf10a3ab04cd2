// Running the lens where it does not run by itself: the toolbar button (activeTab) and sites the
// user chose to always run on (an optional host permission plus a registered content script).
import { browser, type Browser } from 'wxt/browser';
import { askPageSide } from '../../lib/messages/messaging';
import { isPdfAddress, openTabInViewer } from './pdf-opening';

// Paths of the built content script (WXT names them after the entrypoint folder).
const FILES = { js: ['/content-scripts/inspection.js' as const], css: ['/content-scripts/inspection.css'] };
const MENU_ALWAYS = 'always-run-on-site';
const MENU_STOP = 'stop-running-on-site';

type Tab = Browser.tabs.Tab;

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2. */
export const toolbarButton = () =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** "https://example.org/*" for a web page, null for pages no extension may read. */
export function sitePattern(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//.test(url)) return null;
  return `${new URL(url).origin}/*`;
}

async function sayCannotRun(tabId: number, why: string): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text: '!' });
  await toolbarButton().setTitle({ tabId, title: `Inspection Lens cannot read this page: ${why}` });
}

/** Scans the tab's page now, injecting the content script first if it is not there yet. */
export async function activateTab(tab: Tab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  if (isPdfAddress(tab.url)) return openTabInViewer(tab);
  const activate = async () => {
    const result = await askPageSide(tab, 'lens/activate', {});
    if (result.pdf) await openTabInViewer(tab); // a PDF served from an address without .pdf
  };
  try {
    await activate();
    return;
  } catch {
    // not injected yet: fall through
  }
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: FILES.css });
    await browser.scripting.executeScript({ target: { tabId }, files: FILES.js });
    await activate();
  } catch (error) {
    await sayCannotRun(tabId, error instanceof Error ? error.message : String(error));
  }
}

async function alwaysRunOn(tab: Tab, pattern: string): Promise<void> {
  // Must be the first await: the permission prompt needs the click's user gesture.
  if (!(await browser.permissions.request({ origins: [pattern] }))) return;
  const id = `site:${pattern}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], ...FILES, runAt: 'document_start', allFrames: true },
    ]);
  }
  await activateTab(tab);
}

async function stopRunningOn(pattern: string): Promise<void> {
  const id = `site:${pattern}`;
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
  await browser.permissions.remove({ origins: [pattern] });
}

/** The toolbar button's own menu: always run on this site, or stop. */
export function setUpSiteMenu(): void {
  const contexts: ['action' | 'browser_action'] = [browser.action ? 'action' : 'browser_action'];
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ALWAYS, title: 'Always run Inspection Lens on this site', contexts });
    browser.contextMenus.create({ id: MENU_STOP, title: 'Stop running Inspection Lens on this site', contexts });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const pattern = sitePattern(tab?.url);
    if (!tab || !pattern) return;
    if (info.menuItemId === MENU_ALWAYS) void alwaysRunOn(tab, pattern);
    if (info.menuItemId === MENU_STOP) void stopRunningOn(pattern);
  });
}
