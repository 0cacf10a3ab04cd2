// One open PDF in the viewer: pdf.js's document → pages and text layers → the detector → the lens
// (highlights, card, next / previous, clips), as on web pages. The UI reads its state and calls its methods.
// Order: the first page is shown first (drawn off screen by first-page.ts, often before this
// starts); only then is every page's text read, and detection starts in its worker while the text
// layers are built, so the two overlap.
import { browser } from 'wxt/browser';
import type { Findings } from '../../lib/model/findings';
import { createLens, type TextSurface } from '../../lib/page/lens';
import { buildPdfText, type PdfTextModel } from '../../lib/pdf/pdf-text';
import { checkHasText, pageInputFrom, PdfReadError } from '../../lib/pdf/read-pdf';
import { createDetectPool, storedBudgetMs, type DetectPool } from '../../lib/worker/detect-pool';
import type { OpenedPdf } from './first-page';
import { createPdfPages, type PdfPages } from './pdf-pages';
import { findInPdf, pdfSurface } from './pdf-surface';
import { INITIAL_STATE, type PdfSource, type ViewerSession, type ViewerState } from './viewer-state';

export type { PdfSource, ReportIdentity, ViewerSession, ViewerState } from './viewer-state';

// Detection runs in a worker with a time budget, so an odd PDF never freezes the viewer.
let pool: DetectPool | undefined;
const detectPool = () => (pool ??= createDetectPool(browser.runtime.getURL('/detect-worker.js')));

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// Page 1 is waited for before any text is read (text would share pdf.js's worker with it), but
// not for ever: a page pdf.js never finishes must not keep the findings away.
const FIRST_PAGE_WAIT_MS = 2000;

/** Shows `opened` in `container`; reports every change of state through `onState`. */
export async function openViewerSession(
  { pdfjs, pdf, first }: OpenedPdf,
  source: PdfSource,
  container: HTMLElement,
  onState: (state: ViewerState) => void,
): Promise<ViewerSession> {
  let state = INITIAL_STATE;
  const set = (patch: Partial<ViewerState>) => onState((state = { ...state, ...patch }));
  const controller = new AbortController();
  const doc = container.ownerDocument;
  const readingArea = () => container.getBoundingClientRect();
  const lens = createLens({ doc, signal: controller.signal, clipMarks: 'highlight', readingArea });
  let pages: PdfPages | null = null;
  let surface: TextSurface | null = null;
  let model: PdfTextModel | null = null;
  let matches: Array<[number, number]> = [];

  const session: ViewerSession = {
    lens,
    state: () => state,
    setScale: (scale) => pages?.setScale(scale),
    goToPage: (page) => pages?.scrollToPage(page),
    currentPage: () => pages?.currentPage() ?? 1,
    find(query, step) {
      if (!surface || !pages || !model) return;
      const found = findInPdf({ surface, pageStarts: model.pageStarts, pages }, query, step, {
        matches,
        current: state.currentMatch,
      });
      matches = found.matches;
      set({ matches: matches.length, currentMatch: found.current });
    },
    destroy() {
      controller.abort();
      lens.destroy();
      CSS.highlights.delete('lens-find');
      pages?.destroy();
      void pdf.destroy(); // frees the file in pdf.js's worker, which stays for the next one
    },
  };

  set({ identity: { fingerprint: pdf.fingerprints[0] ?? 'unknown', source }, pageCount: pdf.numPages, phase: 'reading' });
  let firstSettled = () => {};
  const settled = new Promise<void>((resolve) => (firstSettled = resolve));
  pages = await createPdfPages(
    container,
    pdf,
    pdfjs.TextLayer,
    (drawn) => {
      if (drawn) performance.mark('viewer:first-page-drawn');
      firstSettled();
    },
    first,
  );
  await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS))]);
  const texts = await pages.readPageTexts();
  performance.mark('viewer:texts-read');
  try {
    model = checkHasText(
      buildPdfText(texts.map((t) => pageInputFrom(t.content, t.viewport.width, t.viewport.height))),
      pdf.numPages,
    );
  } catch (error) {
    await pages.buildTextLayers(texts);
    set({ phase: 'ready', message: error instanceof PdfReadError ? error.message : String(error) });
    return session;
  }
  // Detection runs in its worker while this thread builds the text layers.
  const text = model.text;
  const detecting = storedBudgetMs(text.length).then((budgetMs) => detectPool().detect(text, budgetMs));
  detecting.catch(() => {}); // read below, after the text layers
  await pages.buildTextLayers(texts);
  surface = pdfSurface(model, pages);
  lens.show(surface, null); // text can be selected and clipped while the detector reads
  let findings: Findings;
  try {
    findings = await detecting;
  } catch (error) {
    set({ phase: 'ready', message: messageOf(error) });
    return session;
  }
  performance.mark('viewer:findings-detected');
  lens.show(surface, findings);
  set({ phase: 'ready', findings, located: lens.latest()!.located });
  return session;
}
