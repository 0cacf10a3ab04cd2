// The viewer as the page side of its tab: the same answers as a web page's (lib/page/page-side),
// for its own tab only, and the clips saved for the open report painted again whenever the store changes.
import { browser } from 'wxt/browser';
import type { PageReport } from '../../lib/messages/contracts';
import { announcePageChange, servePageSide } from '../../lib/messages/messaging';
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
    changed: (revision) => myTab !== undefined && announcePageChange(revision, myTab),
  });
  const stopListening = servePageSide(side.handlers, () => myTab);
  // The session was read before it is served: open panels hear that this tab now shows it.
  void browser.tabs.getCurrent().then((tab) => ((myTab = tab?.id), side.announce()));
  void side.showSavedClips(focusClipId).catch(() => {});
  const stopWatching = onStoreChange(() => void side.showSavedClips().catch(() => {}));
  return () => {
    stopListening();
    stopWatching();
  };
}

/** Answers the panel with one fixed report without findings, and tells open panels so; returns
 * the function that stops answering. */
function serveFixedReport(report: PageReport): () => void {
  let myTab: number | undefined;
  const nothing = () => null;
  const url = report.url;
  const stop = servePageSide(
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
  void browser.tabs.getCurrent().then((tab) => (myTab = tab?.id) !== undefined && announcePageChange(0, myTab));
  return stop;
}

const emptyReport = (url: string) => ({
  reportId: url,
  fingerprint: null,
  url,
  title: url,
  findings: null,
  located: [],
  recommendationAnchors: [],
  missingClips: [],
});

/** While the viewer shows a problem instead of a PDF (a password, a file cut short or empty, a
 * failed download), its tab answers the panel with that same sentence as the page's notice, so the
 * panel says what the viewer says instead of calling the tab "not a report". `url` is the address
 * or "file:<name>" of the PDF the viewer was given, or '' for none. Returns the function that stops. */
export function serveViewerProblem(message: string, url: string): () => void {
  return serveFixedReport({ ...emptyReport(url), notice: `The Inspection Lens viewer could not read this PDF. ${message}` });
}

/** While a PDF is being opened and read (`url` as for serveViewerProblem), the panel says "Reading…". */
export function serveViewerReading(url: string): () => void {
  return serveFixedReport({ ...emptyReport(url), reading: true });
}
