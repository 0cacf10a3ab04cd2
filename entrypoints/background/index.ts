import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BACKGROUND, TOO_UNUSUAL } from '../../lib/messages/contracts';
import { serve } from '../../lib/messages/messaging';
import { activateTab, setUpSiteMenu, toolbarButton } from './activation';
import { setUpPdfOpening } from './pdf-opening';
import { clipsForPage, setUpClipping } from './clips';
import { createDetector } from './detection';
import { isTooUnusual, recordOutcome, setUpDetectOutcomes } from './detect-outcomes';
import { openSidePanel } from './side-panel';
import { setUpOfstedHistory } from './ofsted-history';

// Detection runs off the page's main thread and off this one: the content script sends the page
// text, and a worker with a time budget reads it (detection.ts), so one page never holds up another.
export default defineBackground(() => {
  const detector = createDetector(noteOutcome);
  const detect = (text: string) => detector.detect(text);
  serve(
    BACKGROUND,
    {
      'detect/run': ({ text }, sender) => detectPage(text, sender),
      'clips/for-page': ({ reportId }) => clipsForPage(reportId),
      'page/too-unusual': ({ forTab }) => tooUnusual(forTab),
      'pdf/keep-worker': () => detector.keepPdfWorker(),
    },
    // A page's detect/run is the offscreen document's to answer while it is connected (Chrome).
    (request) => request.type !== 'detect/run' || !detector.answersPages(),
  );
  setUpDetectOutcomes();
  toolbarButton().onClicked.addListener((tab) => {
    openSidePanel(tab); // first, while the click still counts as a user gesture
    void activateTab(tab);
  });
  setUpClipping();
  setUpSiteMenu();
  setUpPdfOpening();
  setUpOfstedHistory(detect);

  // A page over the time budget is remembered for its tab, so the side panel can say why it is empty.
  async function noteOutcome(sender: Browser.runtime.MessageSender, found: boolean) {
    await recordOutcome(sender, found).catch(() => {});
    // Open panels showing that tab ask again (no panel open: nobody hears it, which is fine).
    if (!found && sender.tab?.id !== undefined && sender.frameId === 0)
      void browser.runtime.sendMessage({ type: 'page/went-too-unusual', tabId: sender.tab.id }).catch(() => {});
  }
  async function detectPage(text: string, sender: Browser.runtime.MessageSender) {
    try {
      const findings = await detect(text);
      // The page waits for its findings, not for this note (a storage write, up to 30 ms under load).
      void noteOutcome(sender, true);
      return { findings };
    } catch (error) {
      if (error instanceof Error && error.message === TOO_UNUSUAL) await noteOutcome(sender, false);
      throw error;
    }
  }
  async function tooUnusual(tabId: number) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    return { tooUnusual: await isTooUnusual(tabId, tab?.url) };
  }
});
