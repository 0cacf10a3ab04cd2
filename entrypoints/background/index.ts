import { defineBackground } from 'wxt/utils/define-background';
import { detectReport } from '../../lib/detect/detect-report';
import { ToBackground } from '../../lib/messages/contracts';
import { listen } from '../../lib/messages/messaging';
import { activateTab, setUpSiteMenu, toolbarButton } from './activation';
import { setUpPdfOpening } from './pdf-opening';
import { clipsForPage, setUpClipping } from './clips';
import { openSidePanel } from './side-panel';
import { setUpOfstedHistory } from './ofsted-history';

// Detection runs here, off the page's main thread: the content script sends the page text.
export default defineBackground(() => {
  listen(ToBackground, (message) => {
    if (message.type === 'detect/run') return { findings: detectReport(message.text) };
    return clipsForPage(message.reportId);
  });
  toolbarButton().onClicked.addListener((tab) => {
    openSidePanel(tab); // first, while the click still counts as a user gesture
    void activateTab(tab);
  });
  setUpClipping();
  setUpSiteMenu();
  setUpPdfOpening();
  setUpOfstedHistory();
});
