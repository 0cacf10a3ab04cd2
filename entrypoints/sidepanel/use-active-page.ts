// Follows the active tab of this window and asks its page side what report it shows.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { PageTooUnusual, type PageReport } from '../../lib/messages/contracts';
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
      // A page that is still being read answers without findings: ask again for a few seconds.
      for (let attempt = 0; attempt < 8 && !stop; attempt++) {
        const report = current ? await askPageSide(current, 'page/report', {}).catch(() => null) : null;
        if (stop) return;
        setNotice(report?.notice ?? null);
        if (report?.findings) return (setPage(report), setState('ready'));
        setPage(null);
        if (report?.notice) return setState('none'); // read, and said why there is nothing: no need to ask again
        if (current?.id !== undefined && (await tooUnusual(current.id))) return stop ? undefined : setState('too-unusual');
        if (stop) return;
        setState(attempt < 7 && current?.status === 'loading' ? 'reading' : 'none');
        await new Promise((r) => setTimeout(r, 500));
      }
    })();
    return () => void (stop = true);
  }, [pinnedTab, nonce]);

  useEffect(() => {
    const onActivated = () => pinnedTab === null && refresh();
    const onUpdated = (id: number, change: { status?: string }) =>
      change.status === 'complete' && (pinnedTab ?? tab?.id) === id && refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    // Detection of a long page can run past the panel's few questions before it gives up.
    const stopListening = listen(PageTooUnusual, (m) => void ((pinnedTab ?? tab?.id) === m.tabId && refresh()));
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      stopListening();
    };
  }, [pinnedTab, tab?.id, refresh]);

  return { tab, page, state, notice, refresh };
}
