import { defineBackground } from 'wxt/utils/define-background';
import { BACKGROUND } from '../../lib/messages/contracts';
import { serve } from '../../lib/messages/messaging';
import { activateTab, setUpSiteMenu, toolbarButton } from './activation';
import { setUpPdfOpening } from './pdf-opening';
import { clipsForPage, setUpClipping } from './clips';
import { createDetector } from './detection';
import { openSidePanel } from './side-panel';
import { setUpOfstedHistory } from './ofsted-history';

// Detection runs off the page's main thread and off this one: the content script sends the page
// text, and a worker with a time budget reads it (detection.ts), so one page never holds up another.
export default defineBackground(() => {
  const detect = createDetector();
  serve(BACKGROUND, {
    'detect/run': async ({ text }) => ({ findings: await detect(text) }),
    'clips/for-page': ({ reportId }) => clipsForPage(reportId),
  });
  toolbarButton().onClicked.addListener((tab) => {
    openSidePanel(tab); // first, while the click still counts as a user gesture
    void activateTab(tab);
  });
  setUpClipping();
  setUpSiteMenu();
  setUpPdfOpening();
  setUpOfstedHistory(detect);
});
