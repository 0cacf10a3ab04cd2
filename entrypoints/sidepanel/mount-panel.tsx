// Renders the side panel, once its script is loaded (main.tsx has already started the store).
import { render } from 'preact';
import { takeEarlyTabs } from './early-tabs';
import { PanelScreen } from './panel-screen';

performance.mark('inspection-lens:panel-script-run');
// ?tab=<id> keeps the panel on one tab (a popped-out panel, and the end-to-end tests).
const pinned = Number(new URLSearchParams(location.search).get('tab'));
const app = document.getElementById('app')!;
// The early tab row (if drawn) gives way in the same task, so no frame shows neither; the panel opens
// on the tab chosen there, with the focus kept on it.
const early = takeEarlyTabs(app);
render(<PanelScreen pinnedTab={Number.isInteger(pinned) && pinned > 0 ? pinned : null} initialView={early.tab} />, app);
if (early.focused) document.getElementById(`tab-${early.tab}`)?.focus();
