// The viewer as the side panel's page side: answers for its own tab, and paints the clips saved for
// the open report (again whenever the store changes).
import { browser } from 'wxt/browser';
import { ToPage } from '../../lib/messages/contracts';
import { listen } from '../../lib/messages/messaging';
import { onStoreChange } from '../../lib/storage/changes';
import { LensStore } from '../../lib/storage/store';
import type { ViewerSession } from './viewer-session';

/** Serves the panel and shows saved clips until the returned function is called. */
export function serveViewerPage(session: ViewerSession, focusClipId: string | null): () => void {
  let myTab: number | undefined;
  void browser.tabs.getCurrent().then((tab) => (myTab = tab?.id));
  const stopListening = listen(
    ToPage,
    (m) => {
      if (m.type === 'page/report') return session.report(document.title);
      if (m.type === 'highlight/focus') return session.focusFinding(m.position);
      if (m.type === 'clips/show') return { missing: session.showClips(m.clips) };
      if (m.type === 'clips/focus') return session.focusClip(m.id);
      return session.selection();
    },
    (m) => m.tabId !== undefined && m.tabId === myTab,
  );
  const showSaved = async (focus: string | null) => {
    const reportId = session.report(document.title)?.reportId;
    if (!reportId) return;
    const store = await LensStore.open();
    session.showClips((await store.clipsOfReport(reportId)).map((c) => ({ id: c.id, anchor: c.anchor })));
    if (focus) session.focusClip(focus);
  };
  void showSaved(focusClipId).catch(() => {});
  const stopWatching = onStoreChange(() => void showSaved(null).catch(() => {}));
  return () => {
    stopListening();
    stopWatching();
  };
}
