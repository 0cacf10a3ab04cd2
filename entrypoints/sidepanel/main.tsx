import { drawEarlyTabs } from './early-tabs';
import { countClipsEarly, newestClipRowsEarly } from './open-early';
import '../../components/components.css';
import '../../components/compare.css';
import './panel.css';

performance.mark('inspection-lens:panel-started');
// The store opens, counts its clips and reads the newest before the panel's script is loaded (see
// open-early), so the database works while that script is parsed and run; the panel (rendered by
// mount-panel) takes up their answers. The tab row with "My clips (N)" is drawn as soon as the count
// comes, if the panel is not there yet (see early-tabs).
void newestClipRowsEarly().catch(() => null);
void countClipsEarly()
  .then((n) => drawEarlyTabs(document.getElementById('app')!, n))
  .catch(() => null)
  .finally(() => void import('./mount-panel'));
