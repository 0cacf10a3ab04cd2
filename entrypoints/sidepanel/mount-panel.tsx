// Renders the side panel, once its script is loaded (main.tsx has already started the store).
import { render } from 'preact';
import { PanelScreen } from './panel-screen';

performance.mark('inspection-lens:panel-script-run');
// ?tab=<id> keeps the panel on one tab (a popped-out panel, and the end-to-end tests).
const pinned = Number(new URLSearchParams(location.search).get('tab'));
render(<PanelScreen pinnedTab={Number.isInteger(pinned) && pinned > 0 ? pinned : null} />, document.getElementById('app')!);
