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
