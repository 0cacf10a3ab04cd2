// PDFs open in the extension's viewer: Ofsted report files by themselves (a redirect rule the user
// can turn off), any other PDF from the toolbar button or a link's context menu.
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { listen } from '../../lib/messages/messaging';
import { AUTO_OPEN_KEY, readAutoOpen } from '../../lib/viewer/settings';
import { viewerSearch } from '../../lib/viewer/viewer-address';

type Rule = Browser.declarativeNetRequest.Rule;

/** Ofsted's report files: where every inspection report PDF is served from. */
export const OFSTED_FILE_REGEX = '^https://files\\.ofsted\\.gov\\.uk/v1/file/[^#]+$';
const AUTO_OPEN_RULE = 1;
const BYPASS_RULE = 2;
const MENU_OPEN_PDF = 'open-pdf-in-lens';

/** The viewer's address for a PDF at `file`, encoded so that `&`, `+` and `%` in it survive. */
export const viewerAddress = (file: string) => `${browser.runtime.getURL('/viewer.html')}${viewerSearch(file)}`;

/** Does this address name a PDF (by its path) or an Ofsted report file? */
export function isPdfAddress(url: string | undefined): boolean {
  if (!url || !/^https?:/.test(url)) return false;
  return new RegExp(OFSTED_FILE_REGEX).test(url) || /\.pdf$/i.test(new URL(url).pathname);
}

/** The redirect of top-level Ofsted file loads into the viewer. A rule cannot encode what it
 * inserts, so the address goes last, as it came, after `?raw=` (see viewer-address.ts). */
export function autoOpenRule(viewerBase: string): Rule {
  return {
    id: AUTO_OPEN_RULE,
    priority: 1,
    action: { type: 'redirect', redirect: { regexSubstitution: `${viewerBase}?raw=\\0` } },
    condition: { regexFilter: OFSTED_FILE_REGEX, resourceTypes: ['main_frame'] },
  } as Rule;
}

/** Turns automatic opening on or off to match the setting. */
export async function applyAutoOpen(on: boolean): Promise<void> {
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [AUTO_OPEN_RULE],
    addRules: on ? [autoOpenRule(browser.runtime.getURL('/viewer.html'))] : [],
  });
}

/** Lets one address through to the browser's own viewer (the viewer's "open in the browser" link). */
async function bypassOnce(url: string): Promise<void> {
  const rule = {
    id: BYPASS_RULE,
    priority: 2,
    action: { type: 'allow' },
    condition: { urlFilter: `|${url}|`, resourceTypes: ['main_frame'] },
  };
  await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [BYPASS_RULE], addRules: [rule as Rule] });
  setTimeout(() => void browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [BYPASS_RULE] }), 15000);
}

/** Opens the tab's PDF in the viewer, in place. */
export async function openTabInViewer(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id !== undefined && tab.url) await browser.tabs.update(tab.id, { url: viewerAddress(tab.url) });
}

export function setUpPdfOpening(): void {
  const sync = () => void readAutoOpen().then(applyAutoOpen);
  browser.runtime.onInstalled.addListener(() => {
    sync();
    browser.contextMenus.create({
      id: MENU_OPEN_PDF,
      title: 'Open in Inspection Lens',
      contexts: ['link'],
      targetUrlPatterns: ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', 'https://files.ofsted.gov.uk/v1/file/*'],
    });
  });
  browser.runtime.onStartup.addListener(sync);
  browser.storage.onChanged.addListener((changes) => AUTO_OPEN_KEY in changes && sync());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_OPEN_PDF && info.linkUrl)
      void browser.tabs.create({ url: viewerAddress(info.linkUrl), index: (tab?.index ?? 0) + 1 });
  });
  listen(z.object({ type: z.literal('viewer/bypass'), url: z.string() }), (m) => bypassOnce(m.url));
}
