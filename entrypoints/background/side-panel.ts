// The toolbar button opens the side panel as well as running the lens: Chrome's side panel or
// Firefox's sidebar, whichever this browser has.
import { browser, type Browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/** Opens the panel for the tab's window. Must be called before any await in a click handler. */
export function openSidePanel(tab: Browser.tabs.Tab): void {
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  const open = browser.sidePanel?.open ? browser.sidePanel.open({ windowId: tab.windowId }) : sidebar?.open();
  void open?.catch((error: unknown) => console.warn('Inspection Lens could not open its panel:', error));
}
