// The background's share of the store: the saved clips of a page, for the content script (which
// must never open IndexedDB itself), and clipping the selection from the menu or the shortcut.
import { browser, type Browser } from 'wxt/browser';
import { askPageSide } from '../../lib/messages/messaging';
import { announceStoreChange } from '../../lib/storage/changes';
import { LensStore } from '../../lib/storage/store';
import { newClip, reportFromPage } from '../../lib/storage/records';

const MENU_CLIP = 'clip-selection';
let opened: Promise<LensStore> | null = null;
const store = () => (opened ??= LensStore.open().catch((error) => ((opened = null), Promise.reject(error))));

/** The saved clips of a report, as anchors to paint. */
export async function clipsForPage(reportId: string) {
  const clips = await (await store()).clipsOfReport(reportId);
  return { clips: clips.map((c) => ({ id: c.id, anchor: c.anchor })) };
}

/** Clips the selection in the tab's page side (a web page or the viewer): saves the report if it
 * is new, then the clip, and has the page side mark it and say "Clipped" (or ask for a selection). */
export async function clipSelection(tab: Browser.tabs.Tab): Promise<void> {
  const selection = await askPageSide(tab, 'selection/get', {});
  if (!selection.anchor) {
    await askPageSide(tab, 'clip/saved', { outcome: 'no-selection' });
    return;
  }
  const s = await store();
  let report = await s.getReport(selection.reportId);
  if (!report) {
    const page = await askPageSide(tab, 'page/report', {});
    if (!page) throw new Error('The page has not been read yet.');
    report = await s.saveReport(reportFromPage(page));
  }
  await s.addClip(newClip(report, 'selection', selection.anchor));
  announceStoreChange();
  await askPageSide(tab, 'clip/saved', { outcome: 'clipped' });
}

const onMenuClicked = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
  if (info.menuItemId === MENU_CLIP && tab)
    return clipSelection(tab).catch((e) => console.warn('Inspection Lens could not clip:', e));
};
const onCommand = (command: string, tab?: Browser.tabs.Tab) => {
  if (command === 'clip-selection' && tab)
    return clipSelection(tab).catch((e) => console.warn('Inspection Lens could not clip:', e));
};

export function setUpClipping(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_CLIP, title: 'Clip to Inspection Lens', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener(onMenuClicked);
  browser.commands?.onCommand.addListener(onCommand);
  // Test builds only: end-to-end tests cannot click a context menu or press a browser shortcut in a
  // headless browser, so they call these very listeners.
  if (import.meta.env.MODE === 'test') Object.assign(globalThis, { inspectionLensClipListeners: { onMenuClicked, onCommand } });
}
