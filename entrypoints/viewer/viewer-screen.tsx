// The viewer screen: the source the reader chose, the toolbar's settings, and the layout of the
// toolbar, the notices, the pages and the findings. The open PDF lives in useViewerSession.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ViewerToolbar } from '../../components/viewer-toolbar';
import { ViewerNotice } from './viewer-notice';
import { originPattern, SourceError } from './load-source';
import { useAutoOpen } from './use-auto-open';
import type { OpenedPdf } from './first-page';
import { OPENING_SCALE } from './page-canvas';
import { useViewerSession, type Source } from './use-viewer-session';
import { NoSource } from './no-source';
import { FindingsPane } from './findings-pane';

/** `initialUrl` is normalised (viewer-address.ts); `addressProblem` says why the address given
 * cannot be opened. */
export function ViewerScreen({
  initialUrl,
  addressProblem = null,
  reopenFile = null,
  early = null,
}: {
  initialUrl: string | null;
  /** `initialUrl` being opened since the page started (first-page.ts) */
  early?: Promise<OpenedPdf> | null;
  addressProblem?: string | null;
  /** a file from this computer asked for again (a clip's source): the viewer cannot read it by itself */
  reopenFile?: string | null;
}) {
  const [source, setSource] = useState<Source | null>(initialUrl ? { url: initialUrl } : null);
  const [scale, setScale] = useState(OPENING_SCALE);
  const [page, setPage] = useState(1);
  const [autoOpen, setAutoOpen] = useAutoOpen();
  const [attempt, setAttempt] = useState(0);
  const pagesRef = useRef<HTMLDivElement>(null);
  const initialProblem = addressProblem ? new SourceError(addressProblem, 'address') : null;
  const { state, problem, session } = useViewerSession({ source, attempt, pagesRef, scale, initialUrl, early, initialProblem });

  useEffect(() => {
    performance.mark('viewer:screen-mounted');
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
          onAutoOpen={setAutoOpen}
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
          {!source ? <NoSource reopenFile={reopenFile} /> : null}
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
        <FindingsPane state={state} onSelect={(i) => session.current?.lens.navigator.focus(i)} />
      </div>
    </div>
  );
}
