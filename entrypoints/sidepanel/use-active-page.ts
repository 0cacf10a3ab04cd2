// Follows the active tab of this window and asks its page side what report it shows: once when the
// tab or its page changes, and again whenever the page side says its report changed (page/changed).
// The page side is the one source of truth for its tab; the panel keeps no copy it does not re-ask.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { PageChanged, PageTooUnusual, type PageReport } from '../../lib/messages/contracts';
import { askBackground, askPageSide, listen } from '../../lib/messages/messaging';

export interface ActivePage {
  tab: Browser.tabs.Tab | null;
  page: PageReport | null;
  /** 'reading': the page is still being read; 'none': no report here (or a page we cannot read);
   * 'too-unusual': detection of this page ran past its time budget and stopped */
  state: 'reading' | 'none' | 'ready' | 'too-unusual';
  /** why the page has no findings, as its page side says (a scanned PDF in the viewer) */
  notice: string | null;
  refresh: () => void;
}

/** Did the background give up on this tab's page (over the detection time budget)? */
const tooUnusual = (tabId: number) =>
  askBackground('page/too-unusual', { forTab: tabId }).then(
    (r) => r.tooUnusual,
    () => false,
  );

/** `pinnedTab` (the panel's ?tab= parameter) follows one tab instead of the active one. */
export function useActivePage(pinnedTab: number | null): ActivePage {
  const [tab, setTab] = useState<Browser.tabs.Tab | null>(null);
  const [page, setPage] = useState<PageReport | null>(null);
  const [state, setState] = useState<ActivePage['state']>('reading');
  const [nonce, setNonce] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useCallback(() => setNonce((n) => n + 1), []);

  useEffect(() => {
    let stop = false;
    (async () => {
      const current =
        pinnedTab !== null
          ? await browser.tabs.get(pinnedTab)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (stop) return;
      setTab(current ?? null);
      const report = current ? await askPageSide(current, 'page/report', {}).catch(() => null) : null;
      if (stop) return;
      setNotice(report?.notice ?? null);
      if (report?.findings) return (setPage(report), setState('ready'));
      setPage(null);
      if (report?.notice) return setState('none'); // read, and said why there is nothing
      if (current?.id !== undefined && (await tooUnusual(current.id))) return stop ? undefined : setState('too-unusual');
      if (stop) return;
      // Still reading (or not started on a loading page): page/changed or the tab's load brings the rest.
      setState(report?.reading || current?.status === 'loading' ? 'reading' : 'none');
    })();
    return () => void (stop = true);
  }, [pinnedTab, nonce]);

  useEffect(() => {
    const onActivated = () => pinnedTab === null && refresh();
    const shown = () => pinnedTab ?? tab?.id;
    // 'loading': another page is coming ("Reading…"); 'complete': its page side is surely listening.
    const onUpdated = (id: number, change: { status?: string }) => change.status && shown() === id && refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    // Detection of a long page can run past the panel's few questions before it gives up.
    const stopListening = listen(PageTooUnusual, (m) => void (shown() === m.tabId && refresh()));
    // A content script's own frame names its tab; a frame inside the page does not speak for it.
    const stopFollowing = listen(PageChanged, (m, sender) => {
      const from = m.tabId ?? (sender.frameId === 0 ? sender.tab?.id : undefined);
      if (from !== undefined && from === shown()) refresh();
    });
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      stopListening();
      stopFollowing();
    };
  }, [pinnedTab, tab?.id, refresh]);

  return { tab, page, state, notice, refresh };
}

/** The report `tab` shows now, when it is still `shown` (same report, same revision): a report is
 * saved only as the page shows it, never from findings the page has since replaced. Null otherwise. */
export async function stillShown(tab: Browser.tabs.Tab | null, shown: PageReport): Promise<PageReport | null> {
  const now = tab ? await askPageSide(tab, 'page/report', {}).catch(() => null) : null;
  const same = now?.findings && now.reportId === shown.reportId && now.revision === shown.revision;
  return same ? now : null;
}
