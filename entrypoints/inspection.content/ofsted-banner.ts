// On an Ofsted provider page of a local authority's children's services: the banner that offers
// the listed reports for the user's history, and the queue's progress while they are fetched.
// Nothing is fetched until the user chooses; the background does the fetching.
import { browser } from 'wxt/browser';
import { AnyReply } from '../../lib/messages/contracts';
import { sendToBackground } from '../../lib/messages/messaging';
import { AuthorityName, QUEUE_KEY, SavedFiles } from '../../lib/messages/ofsted-contracts';
import { providerUrnOf } from '../../lib/ofsted/publications';
import { progressOf, type QueueState } from '../../lib/ofsted/queue';
import { createHistoryBanner, type HistoryBanner } from '../../lib/page/history-banner';
import { readProviderPage } from '../../lib/page/provider-page';
import { ukDate } from '../../lib/model/uk-date';

function showProgress(banner: HistoryBanner, state: QueueState | undefined): void {
  if (!state || state.items.length === 0) return;
  const { done, total } = progressOf(state);
  const lines = state.items
    .filter((i) => i.status !== 'waiting')
    .map((i) => ({
      ok: i.status === 'saved' || i.status === 'skipped',
      text: `${i.kind}, ${i.date ? ukDate(i.date) : 'undated'}: ${i.message}`,
    }));
  banner.progress(done, total, lines);
}

/** Shows the banner when this is a provider page; returns what marks its nodes as ours. */
export async function showOfstedBanner(doc: Document, signal: AbortSignal): Promise<HistoryBanner | null> {
  const urn = providerUrnOf(location.href);
  if (window.top !== window || !urn) return null;
  const { name } = await sendToBackground({ type: 'ofsted/authority', urn }, AuthorityName);
  const page = readProviderPage(doc, location.href, name);
  if (!page) return null;
  const fileUrls = page.publications.map((p) => p.fileUrl);
  const readSaved = async () => new Set((await sendToBackground({ type: 'ofsted/saved', fileUrls }, SavedFiles)).saved);
  const banner = createHistoryBanner(
    doc,
    (kinds) => {
      const items = page.publications
        .filter((p) => kinds.includes(p.kind))
        .map((p) => ({ fileUrl: p.fileUrl, kind: p.kind, date: p.date, authority: page.authority }));
      void sendToBackground({ type: 'ofsted/enqueue', items }, AnyReply);
    },
    () => void sendToBackground({ type: 'ofsted/cancel' }, AnyReply),
  );
  banner.show(page, await readSaved());
  const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(QUEUE_KEY in changes)) return;
    const state = changes[QUEUE_KEY]!.newValue as QueueState | undefined;
    showProgress(banner, state);
    if (state && !progressOf(state).running) void readSaved().then((saved) => banner.show(page, saved));
  };
  browser.storage.onChanged.addListener(onChange);
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onChange);
    banner.destroy();
  });
  return banner;
}
