import { defineBackground } from 'wxt/utils/define-background';
import { detectReport } from '../../lib/detect/detect-report';
import { ToBackground } from '../../lib/messages/contracts';
import { listen } from '../../lib/messages/messaging';
import { activateTab, setUpSiteMenu, toolbarButton } from './activation';
import { setUpPdfOpening } from './pdf-opening';

// Detection runs here, off the page's main thread: the content script sends the page text.
export default defineBackground(() => {
  listen(ToBackground, (message) => {
    if (message.type === 'detect/run') return { findings: detectReport(message.text) };
  });
  toolbarButton().onClicked.addListener((tab) => void activateTab(tab));
  setUpSiteMenu();
  setUpPdfOpening();
});
