import { render } from 'preact';
import { PanelScreen } from './panel-screen';
import { openStoreEarly } from './use-store';
import '../../components/components.css';
import '../../components/compare.css';
import './panel.css';

// The store opens while the panel renders for the first time: My clips' first read waits on it.
void openStoreEarly().catch(() => null);
// ?tab=<id> keeps the panel on one tab (a popped-out panel, and the end-to-end tests).
const pinned = Number(new URLSearchParams(location.search).get('tab'));
render(<PanelScreen pinnedTab={Number.isInteger(pinned) && pinned > 0 ? pinned : null} />, document.getElementById('app')!);
