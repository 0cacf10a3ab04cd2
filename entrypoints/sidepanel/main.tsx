import { countClipsEarly } from './open-early';
import '../../components/components.css';
import '../../components/compare.css';
import './panel.css';

performance.mark('inspection-lens:panel-started');
// The store opens and counts its clips before the panel's script is loaded (see open-early), so
// the database works while that script is parsed and run; the panel is rendered by mount-panel.
void countClipsEarly().catch(() => null);
void import('./mount-panel');
