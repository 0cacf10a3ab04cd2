/** The side panel's views, in the order of its tabs. */
export type PanelTab = 'report' | 'compare' | 'authorities' | 'clips' | 'backup';

/** Each view's tab label (My clips' gets its count added). Shared by the panel's tab row and the
 * row its first script draws before the panel is loaded (entrypoints/sidepanel/early-tabs). */
export const TABS: Array<[PanelTab, string]> = [
  ['report', 'This report'],
  ['compare', 'Compare'],
  ['authorities', 'Authorities'],
  ['clips', 'My clips'],
  ['backup', 'Backup and export'],
];

/** The tab a key on the tab row moves to (the ARIA tabs pattern: arrows wrap, Home is the first,
 * End the last), or null for any other key. Shared by PanelTabs and the early row. */
export function tabForKey(current: PanelTab, key: string): PanelTab | null {
  if (key === 'Home') return TABS[0]![0];
  if (key === 'End') return TABS[TABS.length - 1]![0];
  const delta = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (!delta) return null;
  const i = TABS.findIndex(([t]) => t === current);
  return TABS[(i + delta + TABS.length) % TABS.length]![0];
}
