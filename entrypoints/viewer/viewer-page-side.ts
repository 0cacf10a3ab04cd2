// The viewer as the page side of its tab: the same answers as a web page's (lib/page/page-side),
// for its own tab only, and the clips saved for the open report painted again whenever the store changes.
import { browser } from 'wxt/browser';
import type { PageReport } from '../../lib/messages/contracts';
import { servePageSide } from '../../lib/messages/messaging';
import { createPageSide, type PageIdentity } from '../../lib/page/page-side';
import { onStoreChange } from '../../lib/storage/changes';
import { LensStore } from '../../lib/storage/store';
import { fileTitle } from '../../lib/viewer/viewer-address';
import type { ReportIdentity, ViewerSession } from './viewer-session';

/** A PDF's identity for the store: its fingerprint, with its web address, or "file:<name>" for a
 * file from this computer (never a path: the name is all the viewer is given). */
export function pageIdentity(identity: ReportIdentity): PageIdentity {
  const { fingerprint, source } = identity;
  if ('url' in source) return { reportId: fingerprint, fingerprint, url: source.url, ownTitle: fileTitle(source.url) };
  return { reportId: fingerprint, fingerprint, url: `file:${source.fileName}`, ownTitle: source.fileName };
}

/** Serves the panel and shows saved clips (moving to `focusClipId`) until the returned function is called. */
export function serveViewerPage(session: ViewerSession, focusClipId: string | null): () => void {
  let myTab: number | undefined;
  void browser.tabs.getCurrent().then((tab) => (myTab = tab?.id));
  const identity = () => {
    const id = session.state().identity;
    return id ? pageIdentity(id) : null;
  };
  const side = createPageSide({
    lens: session.lens,
    identity,
    savedClips: async (reportId) =>
      (await (await LensStore.open()).clipsOfReport(reportId)).map((c) => ({ id: c.id, anchor: c.anchor })),
    activate: () => {
      const located = session.state().located;
      const judgements = located.filter((f) => f.kind === 'judgement').length;
      return { judgements, recommendations: located.length - judgements };
    },
    // a PDF read without findings says why (no text layer: it looks scanned)
    notice: () => (session.state().findings ? null : session.state().message),
  });
  const stopListening = servePageSide(side.handlers, () => myTab);
  void side.showSavedClips(focusClipId).catch(() => {});
  const stopWatching = onStoreChange(() => void side.showSavedClips().catch(() => {}));
  return () => {
    stopListening();
    stopWatching();
  };
}

/** While the viewer shows a problem instead of a PDF (a password, a file cut short or empty, a
 * failed download), its tab answers the panel with that same sentence as the page's notice, so the
 * panel says what the viewer says instead of calling the tab "not a report". `url` is the address
 * or "file:<name>" of the PDF the viewer was given, or '' for none. Returns the function that stops. */
export function serveViewerProblem(message: string, url: string): () => void {
  let myTab: number | undefined;
  void browser.tabs.getCurrent().then((tab) => (myTab = tab?.id));
  const nothing = () => null;
  const report: PageReport = {
    reportId: url,
    fingerprint: null,
    url,
    title: url,
    findings: null,
    located: [],
    recommendationAnchors: [],
    missingClips: [],
    notice: `The Inspection Lens viewer could not read this PDF. ${message}`,
  };
  return servePageSide(
    {
      'lens/activate': () => ({ judgements: 0, recommendations: 0 }),
      'page/report': () => report,
      'highlight/focus': nothing,
      'highlight/step': nothing,
      'clips/show': ({ clips }) => ({ missing: clips.map((c) => c.id) }),
      'clips/focus': nothing,
      'selection/get': () => ({ anchor: null, reportId: url }),
      'clip/saved': nothing,
    },
    () => myTab,
  );
}
