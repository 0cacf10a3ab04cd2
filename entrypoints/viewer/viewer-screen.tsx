// The viewer screen: owns the open session and the state the toolbar and finding list show.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FindingList } from '../../components/finding-list';
import { ViewerToolbar } from '../../components/viewer-toolbar';
import { ViewerNotice } from './viewer-notice';
import { fetchPdf, originPattern, readLocalFile, SourceError } from './load-source';
import { openViewerSession, type ViewerSession, type ViewerState } from './viewer-session';
import { AUTO_OPEN_KEY, readAutoOpen } from '../../lib/viewer/settings';
import { pageIdentity, serveViewerPage } from './viewer-page-side';
import { reportTitle } from '../../lib/model/report-title';
import { PdfReadError } from '../../lib/pdf/read-pdf';

type Source = { url: string } | { file: File };

/** `initialUrl` is normalised (viewer-address.ts); `addressProblem` says why the address given
 * cannot be opened. */
export function ViewerScreen({
  initialUrl,
  addressProblem = null,
  reopenFile = null,
  prefetched = null,
}: {
  initialUrl: string | null;
  /** `initialUrl`'s bytes, already asked for when the page opened (used once, not on "Try again") */
  prefetched?: Promise<Uint8Array> | null;
  addressProblem?: string | null;
  /** a file from this computer asked for again (a clip's source): the viewer cannot read it by itself */
  reopenFile?: string | null;
}) {
  const [source, setSource] = useState<Source | null>(initialUrl ? { url: initialUrl } : null);
  const [state, setState] = useState<ViewerState | null>(null);
  const [problem, setProblem] = useState<SourceError | null>(addressProblem ? new SourceError(addressProblem, 'address') : null);
  const [scale, setScale] = useState(1.25);
  const [page, setPage] = useState(1);
  const [autoOpen, setAutoOpen] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const pagesRef = useRef<HTMLDivElement>(null);
  const session = useRef<ViewerSession | null>(null);
  const early = useRef(prefetched);

  useEffect(() => void readAutoOpen().then(setAutoOpen), []);
  useEffect(() => {
    if (!state?.findings || !state.identity) return;
    performance.mark('viewer:findings-listed');
    // The tab's title is the report's, from its identity ("Dudley: children's services inspection, Jan 2023").
    document.title = reportTitle(state.findings.document, pageIdentity(state.identity).ownTitle);
  }, [state?.findings, state?.identity]);
  useEffect(() => {
    if (!source || !pagesRef.current) return;
    const container = pagesRef.current;
    let cancelled = false;
    let stopServing = () => {};
    setProblem(null);
    setState(null);
    const first = early.current && 'url' in source && source.url === initialUrl ? early.current : null;
    early.current = null;
    const bytes = first ?? ('url' in source ? fetchPdf(source.url) : readLocalFile(source.file));
    bytes
      .then((data) => {
        const from = 'url' in source ? { url: source.url } : { fileName: source.file.name };
        return openViewerSession(data, from, container, (s) => !cancelled && setState(s));
      })
      .then((s) => {
        if (cancelled) return s.destroy();
        session.current = s;
        stopServing = serveViewerPage(s, new URLSearchParams(location.search).get('clip'));
      })
      .catch((error: unknown) => {
        // Anything unforeseen still ends in a sentence and a next step, never a silent "opening";
        // the technical reason goes to the console, not to the reader.
        if (!(error instanceof SourceError || error instanceof PdfReadError)) console.warn('Inspection Lens viewer:', error);
        if (cancelled) return;
        if (error instanceof PdfReadError) setProblem(new SourceError(error.message, 'not-pdf'));
        else setProblem(error instanceof SourceError ? error : new SourceError('Could not open this PDF. Try again.', 'network'));
      });
    return () => {
      cancelled = true;
      stopServing();
      session.current?.destroy();
      session.current = null;
    };
  }, [source, attempt]);

  useEffect(() => {
    const el = pagesRef.current;
    const onScroll = () => setPage(session.current?.currentPage() ?? 1);
    el?.addEventListener('scroll', onScroll, { passive: true });
    return () => el?.removeEventListener('scroll', onScroll);
  }, []);

  const url = source && 'url' in source ? source.url : null;
  const allow = async () => {
    const pattern = url && originPattern(url);
    if (pattern && (await browser.permissions.request({ origins: [pattern] }))) setAttempt((n) => n + 1);
  };
  const openOriginal = async () => {
    if (!url) return;
    await browser.runtime.sendMessage({ type: 'viewer/bypass', url }).catch(() => {});
    location.href = url;
  };
  const message = problem?.message ?? (state?.phase === 'failed' || state?.message ? state.message : null);

  return (
    <div
      class="viewer"
      data-fingerprint={state?.identity?.fingerprint}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer?.files[0];
        if (file) setSource({ file });
      }}
    >
      <header>
        <h1 class="visually-hidden">Inspection Lens viewer</h1>
        <ViewerToolbar
          url={url}
          fileName={source && 'file' in source ? source.file.name : null}
          page={page}
          pageCount={state?.pageCount ?? 0}
          scale={scale}
          matches={state?.matches ?? 0}
          currentMatch={state?.currentMatch ?? -1}
          autoOpen={autoOpen}
          onOpenFile={(file) => setSource({ file })}
          onOpenOriginal={openOriginal}
          onPage={(n) => session.current?.goToPage(n)}
          onScale={(s) => {
            setScale(s);
            session.current?.setScale(s);
            setPage(session.current?.currentPage() ?? 1); // the page box follows the kept reading position
          }}
          onFind={(q, step) => session.current?.find(q, step)}
          onAutoOpen={(on) => {
            setAutoOpen(on);
            void browser.storage.local.set({ [AUTO_OPEN_KEY]: on });
          }}
        />
      </header>
      <div class="body">
        <main>
          {message ? (
            <ViewerNotice
              message={message}
              problem={problem?.problem ?? null}
              phase={state?.phase}
              url={url}
              onAllow={allow}
              onRetry={() => setAttempt((n) => n + 1)}
            />
          ) : null}
          {!source && reopenFile ? (
            <p class="notice reopen" role="status">
              “{reopenFile}” is a file on this computer. Open it again with “Open a PDF…” (or drop it here) to go to the clip.
            </p>
          ) : null}
          {!source ? (
            <p class="empty">Open a PDF with the button above, or drop one here. Files never leave this computer.</p>
          ) : null}
          <div
            class="pages"
            ref={pagesRef}
            tabIndex={0}
            aria-label="Report pages"
            style={{ '--total-scale-factor': String(scale) }}
            // no grey pane (nor its tab stop) until there are pages to show
            hidden={!state?.pageCount}
          />
        </main>
        <aside class="findings" aria-label="Findings" aria-busy={state?.phase === 'reading'} hidden={!state?.pageCount}>
          {state?.phase === 'reading' ? <p>Reading the report…</p> : null}
          {state?.findings ? (
            <FindingList
              findings={state.findings}
              located={state.located}
              onSelect={(i) => session.current?.lens.navigator.focus(i)}
            />
          ) : null}
        </aside>
      </div>
    </div>
  );
}
