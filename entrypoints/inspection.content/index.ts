import { defineContentScript } from 'wxt/utils/define-content-script';
import { announcePageChange, askBackground, servePageSide } from '../../lib/messages/messaging';
import { reportIdForUrl } from '../../lib/model/report-id';
import '../../lib/page/highlights.css';
import { createLens } from '../../lib/page/lens';
import { documentParsed } from '../../lib/page/page-ready';
import { createPageSide } from '../../lib/page/page-side';
import { announcementOf, noticeOf, sizeChecked, unreadOf } from '../../lib/page/unread-page';
import { createPageScanner, type ScanResult } from './page-lens';
import { showOfstedBanner } from './ofsted-banner';
import { watchChanges } from './watch-changes';

const MARK = 'data-inspection-lens';

/** The address the document was loaded from: its navigation entry keeps it even after the page
 * rewrites its own address with history.replaceState / pushState. */
function loadedAddress(): string {
  const entry = performance.getEntriesByType('navigation')[0];
  return entry?.name && /^https?:/.test(entry.name) ? entry.name : location.href;
}

// Runs by itself on gov.uk pages (test builds also on loopback pages, see wxt.config.ts), and is
// injected elsewhere by the toolbar button or by a site the user chose to always run on (see the
// background). It is loaded before the page is parsed (document_start) and starts reading at
// DOMContentLoaded: the browser's idle point came 120 ms later on a long report page, and a
// document_end script still has to be loaded after it. The text goes to detection at once and is
// confirmed to show after the browser's next frame (page-lens.ts). The reading itself is sliced.
export default defineContentScript({
  matches: ['https://*.gov.uk/*'],
  runAt: 'document_start',
  allFrames: true,
  async main(ctx) {
    await documentParsed(document);
    if (ctx.signal.aborted) return;
    performance.mark('inspection-lens:start');
    const root = document.documentElement;
    if (root.hasAttribute(MARK)) return; // never run twice in one page
    root.setAttribute(MARK, 'running');
    // Detection stays in a background worker even for short pages: measured, detecting here was no
    // faster for typical report pages and made the whole detection one long task (README, Speed).
    // Asked once more when nothing answered: in Chrome the offscreen document answers while it is
    // connected to the background, which answers otherwise, and for a moment they may disagree.
    const ask = (text: string) => askBackground('detect/run', { text }).then((r) => r.findings);
    // A text over the message limit is not sent at all: the page says it was too large to read.
    const detect = sizeChecked((text: string) =>
      ask(text).catch((error: unknown) => {
        if (unreadOf(error) === 'too-unusual') throw error;
        return ask(text);
      }),
    );
    const lens = createLens({ doc: document, signal: ctx.signal, clipMarks: 'shadow' });
    const scanPage = createPageScanner(document, lens, detect, ctx.signal);
    // The page is always the address it was loaded from: a page that changes its own address
    // (history.replaceState) must not get another page's clips.
    const url = loadedAddress();
    const side = createPageSide({
      lens,
      identity: () => ({ reportId: reportIdForUrl(url), fingerprint: null, url, ownTitle: document.title || url }),
      savedClips: async (reportId) => (await askBackground('clips/for-page', { reportId })).clips,
      activate: async () => {
        if (document.contentType === 'application/pdf') return { judgements: 0, recommendations: 0, pdf: true };
        const result = await scan();
        if (result.state === 'silent') lens.announce('No judgements or recommendations found on this page.');
        return { judgements: result.judgements, recommendations: result.recommendations };
      },
      // Open panels follow the page: "Reading…" until the first reading ends, then each new set of findings.
      reading: () => root.getAttribute(MARK) === 'running' && !lens.latest(),
      // Not read at all (too large): the panel says so instead of "not a report".
      notice: () => noticeOf(root.getAttribute(MARK)),
      changed: (revision) => announcePageChange(revision),
    });
    const scan = (): Promise<ScanResult> =>
      scanPage().then(
        (result) => {
          if (!ctx.signal.aborted) root.setAttribute(MARK, result.state);
          if (result.state === 'painted') void side.showSavedClips().catch(() => {});
          return result;
        },
        (error: unknown) => {
          // Over the time budget or too large to send: say so on the page, and stop re-reading it as it changes.
          const unread = unreadOf(error);
          root.setAttribute(MARK, unread);
          const words = announcementOf(unread);
          // It says why this page shows nothing: it stays until closed (Esc) or the page goes.
          if (words) lens.announce(words, { lasting: true });
          side.announce(); // no findings came: panels saying "Reading…" ask again
          throw error;
        },
      );
    void scan().catch((error: unknown) => console.warn('Inspection Lens could not read this page:', error));
    let banner: Awaited<ReturnType<typeof showOfstedBanner>> = null;
    void showOfstedBanner(document, ctx.signal).then(
      (b) => (banner = b),
      (error: unknown) => console.warn('Inspection Lens could not offer this page’s reports:', error),
    );
    const isOwnNode = (node: Node | null) => lens.isOwnNode(node) || !!banner?.isOwnNode(node);
    const rescan = () => {
      const mark = root.getAttribute(MARK);
      if (mark !== 'too-unusual' && mark !== 'too-large') void scan().catch(() => {});
    };
    watchChanges(root, rescan, isOwnNode, ctx.signal);
    const stopListening = servePageSide(side.handlers);
    ctx.onInvalidated(() => {
      stopListening();
      lens.destroy();
      root.removeAttribute(MARK);
    });
  },
});
