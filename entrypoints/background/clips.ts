// The background's share of the store: the saved clips of a page, for the content script (which
// must never open IndexedDB itself), and clipping the selection from the menu or the shortcut.
import { browser, type Browser } from 'wxt/browser';
import { PageReport, SelectionResult } from '../../lib/messages/contracts';
import { sendToTab } from '../../lib/messages/messaging';
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

/** Clips the tab's selection: saves the report if it is new, then the clip. */
export async function clipSelection(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  const selection = await sendToTab(tab.id, { type: 'selection/get' }, SelectionResult);
  if (!selection.anchor) return;
  const s = await store();
  let report = await s.getReport(selection.reportId);
  if (!report) report = await s.saveReport(reportFromPage(await sendToTab(tab.id, { type: 'page/report' }, PageReport)));
  await s.addClip(newClip(report, 'selection', selection.anchor));
  announceStoreChange();
}

export function setUpClipping(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_CLIP, title: 'Clip to Inspection Lens', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_CLIP && tab)
      void clipSelection(tab).catch((e) => console.warn('Inspection Lens could not clip:', e));
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'clip-selection' && tab)
      void clipSelection(tab).catch((e) => console.warn('Inspection Lens could not clip:', e));
  });
}
