// The viewer screen's open PDF: opens each source it is given into the pages pane and keeps the
// session, the session's state, and the problem that stopped it (in words, with its kind).
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PdfReadError } from '../../lib/pdf/read-pdf';
import { openWhenRead, type OpenedPdf } from './first-page';
import { fetchPdf, readLocalFile, SourceError } from './load-source';
import { openViewerSession, type ViewerSession, type ViewerState } from './viewer-session';
import { pageIdentity, serveViewerPage, serveViewerProblem, serveViewerReading } from './viewer-page-side';
import { reportTitle } from '../../lib/model/report-title';
import { askBackground } from '../../lib/messages/messaging';

/** What the viewer shows: a web address, or a file picked or dropped. */
export type Source = { url: string } | { file: File };

/** Any failure as the sentence and next step the notice shows; the technical reason goes to the
 * console, never to the reader. */
function problemOf(error: unknown): SourceError {
  if (!(error instanceof SourceError || error instanceof PdfReadError)) console.warn('Inspection Lens viewer:', error);
  if (error instanceof PdfReadError) return new SourceError(error.message, 'not-pdf');
  return error instanceof SourceError ? error : new SourceError('Could not open this PDF. Try again.', 'network');
}

interface Options {
  source: Source | null;
  /** changed to open the same source again (Try again, after Allow) */
  attempt: number;
  pagesRef: RefObject<HTMLDivElement | null>;
  /** the scale page 1 is drawn at (CSS pixels per PDF point) */
  scale: number;
  initialUrl: string | null;
  /** `initialUrl` already being opened since the page started; used once, not on Try again */
  early: Promise<OpenedPdf> | null;
  /** a problem known before anything is opened (an address that cannot be read) */
  initialProblem: SourceError | null;
}

/** Opens the source (again whenever `attempt` changes) into `pagesRef`'s element. */
export function useViewerSession({ source, attempt, pagesRef, scale, initialUrl, early, initialProblem }: Options) {
  const [state, setState] = useState<ViewerState | null>(null);
  const [problem, setProblem] = useState<SourceError | null>(initialProblem);
  const session = useRef<ViewerSession | null>(null);
  const pending = useRef(early);

  useEffect(() => {
    if (!source || !pagesRef.current) return;
    const container = pagesRef.current;
    let cancelled = false;
    // Until the PDF is read, open panels say "Reading…" for this tab, not the last PDF's findings.
    let stopServing = serveViewerReading('url' in source ? source.url : `file:${source.file.name}`);
    setProblem(null);
    setState(null);
    const first = pending.current && 'url' in source && source.url === initialUrl ? pending.current : null;
    pending.current = null;
    const opening = first ?? openWhenRead('url' in source ? fetchPdf(source.url) : readLocalFile(source.file), scale);
    opening
      .then((opened) => {
        const from = 'url' in source ? { url: source.url } : { fileName: source.file.name };
        return openViewerSession(opened, from, container, (s) => !cancelled && setState(s));
      })
      .then((s) => {
        if (cancelled) return s.destroy();
        session.current = s;
        stopServing();
        stopServing = serveViewerPage(s, new URLSearchParams(location.search).get('clip'));
        // Now that this report is read, pdf.js's worker is kept running for the next one.
        askBackground('pdf/keep-worker', {}).catch(() => {});
      })
      .catch((error: unknown) => {
        const said = problemOf(error);
        if (cancelled) return;
        stopServing(); // the problem's own answer follows
        stopServing = () => {};
        setProblem(said);
      });
    return () => {
      cancelled = true;
      stopServing();
      session.current?.destroy();
      session.current = null;
    };
  }, [source, attempt]);

  // The panel asks the tab what it shows: with no PDF open, the answer is the viewer's own message.
  useEffect(() => {
    if (!problem) return;
    const from = !source ? (initialUrl ?? '') : 'url' in source ? source.url : `file:${source.file.name}`;
    return serveViewerProblem(problem.message, from);
  }, [problem]);

  useEffect(() => {
    if (!state?.findings || !state.identity) return;
    performance.mark('viewer:findings-listed');
    // The tab's title is the report's, from its identity ("Dudley: children's services inspection, Jan 2023").
    document.title = reportTitle(state.findings.document, pageIdentity(state.identity).ownTitle);
  }, [state?.findings, state?.identity]);

  return { state, problem, session };
}
