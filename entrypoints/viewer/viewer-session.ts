// One open PDF in the viewer: bytes → pdf.js → pages and text layers → the detector → highlights,
// card and next / previous, the same as on web pages. The UI reads its state and calls its methods.
import * as pdfjs from 'pdfjs-dist';
import { browser } from 'wxt/browser';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { Findings } from '../../lib/model/findings';
import { createFindingCard } from '../../lib/page/finding-card';
import { attachFindingNavigator, type FindingNavigator } from '../../lib/page/finding-navigator';
import { locateFindings, paintFindings, paintFocus, type PaintedFinding } from '../../lib/page/paint';
import { findInText, pdfOffsetOf, pdfRangeFor } from '../../lib/page/pdf-ranges';
import { makeAnchor, type TextAnchor } from '../../lib/model/anchor';
import type { PageReport } from '../../lib/messages/contracts';
import { paintClips, type ClipToShow, type ShownClips } from '../../lib/page/clip-paint';
import { buildPdfText, type PdfPageInput, type PdfTextModel } from '../../lib/pdf/pdf-text';
import { checkHasText, openPdf, pageInputFrom, PdfReadError } from '../../lib/pdf/read-pdf';
import { createDetectPool, storedBudgetMs, type DetectPool } from '../../lib/worker/detect-pool';
import { createPdfPages, type PdfPages } from './pdf-pages';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

// Detection runs in a worker with a time budget, so an odd PDF never freezes the viewer.
let pool: DetectPool | undefined;
const detectPool = () => (pool ??= createDetectPool(browser.runtime.getURL('/detect-worker.js')));

export interface ReportIdentity {
  /** pdf.js fingerprint of the file: the same report from an agenda pack, Ofsted or a download */
  fingerprint: string;
  url: string | null;
}

export interface ViewerState {
  phase: 'opening' | 'reading' | 'ready' | 'failed';
  /** a problem or a notice, in words for the user */
  message: string | null;
  pageCount: number;
  identity: ReportIdentity | null;
  findings: Findings | null;
  located: PaintedFinding[];
  matches: number;
  currentMatch: number;
}

export interface ViewerSession {
  /** the page side's answers to the side panel, as for a web page */
  report(title: string): PageReport | null;
  showClips(clips: ClipToShow[]): string[];
  focusClip(id: string): void;
  selection(): { anchor: TextAnchor | null; reportId: string };
  setScale(scale: number): void;
  goToPage(page: number): void;
  currentPage(): number;
  focusFinding(position: number): void;
  find(query: string, step: 1 | -1 | 0): void;
  destroy(): void;
}

const initial: ViewerState = {
  phase: 'opening',
  message: null,
  pageCount: 0,
  identity: null,
  findings: null,
  located: [],
  matches: 0,
  currentMatch: -1,
};

/** Opens `bytes` into `container`; reports every change of state through `onState`. */
export async function openViewerSession(
  bytes: Uint8Array,
  url: string | null,
  container: HTMLElement,
  onState: (state: ViewerState) => void,
): Promise<ViewerSession> {
  let state = initial;
  const set = (patch: Partial<ViewerState>) => onState((state = { ...state, ...patch }));
  const controller = new AbortController();
  const doc = container.ownerDocument;
  const card = createFindingCard(doc);
  const navigator: FindingNavigator = attachFindingNavigator(doc, card, controller.signal);
  let pages: PdfPages | null = null;
  let model: PdfTextModel | null = null;
  let unpaint = () => {};
  let matches: Array<[number, number]> = [];
  let shown: ShownClips = { ranges: new Map(), missing: [] };
  const rangeOf = (start: number, end: number) => (model && pages ? pdfRangeFor(model, pages.spans, start, end) : null);

  const session: ViewerSession = {
    report(title) {
      if (!state.identity) return null;
      const findings = state.findings;
      return {
        reportId: state.identity.fingerprint,
        fingerprint: state.identity.fingerprint,
        url: state.identity.url ?? location.href,
        title,
        findings,
        located: state.located.map(({ kind, index }) => ({ kind, index })),
        recommendationAnchors: (findings?.recommendations ?? []).map((r) => makeAnchor(model!.text, r.start, r.end)),
        missingClips: shown.missing,
      };
    },
    showClips(clips) {
      shown = model ? paintClips(model.text, clips, rangeOf) : { ranges: new Map(), missing: clips.map((c) => c.id) };
      return shown.missing;
    },
    focusClip(id) {
      const range = shown.ranges.get(id);
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      paintFocus(range ?? null);
    },
    selection() {
      const reportId = state.identity?.fingerprint ?? '';
      const range = getSelection()?.rangeCount ? getSelection()!.getRangeAt(0) : null;
      if (!model || !pages || !range || range.collapsed) return { anchor: null, reportId };
      const start = pdfOffsetOf(model, pages.spans, range.startContainer, range.startOffset);
      const end = pdfOffsetOf(model, pages.spans, range.endContainer, range.endOffset);
      return { anchor: start !== null && end !== null && end > start ? makeAnchor(model.text, start, end) : null, reportId };
    },
    setScale: (scale) => pages?.setScale(scale),
    goToPage: (page) => pages?.scrollToPage(page),
    currentPage: () => pages?.currentPage() ?? 1,
    focusFinding: (position) => navigator.focus(position),
    find(query, step) {
      if (!model || !pages) return;
      // A new query finds and paints every match once; Enter / Shift+Enter only move between them.
      if (step === 0) {
        matches = findInText(model.text, query);
        const ranges = matches.map(([s, e]) => rangeOf(s, e)).filter((r): r is Range => r !== null);
        CSS.highlights.set('lens-find', new Highlight(...ranges));
      }
      const next =
        matches.length === 0 ? -1 : (Math.max(state.currentMatch, step < 0 ? 0 : -1) + step + matches.length) % matches.length;
      const current = matches[next];
      const range = current ? pdfRangeFor(model, pages.spans, current[0], current[1]) : null;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      set({ matches: matches.length, currentMatch: next });
    },
    destroy() {
      controller.abort();
      unpaint();
      CSS.highlights.delete('lens-find');
      card.destroy();
      pages?.destroy();
    },
  };

  performance.mark('viewer:bytes-loaded');
  const pdf = await openPdf(pdfjs, bytes).catch((error: unknown) => {
    set({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    throw error;
  });
  performance.mark('viewer:pdf-opened');
  set({ identity: { fingerprint: pdf.fingerprints[0] ?? 'unknown', url }, pageCount: pdf.numPages, phase: 'reading' });
  // Text layers wait for the first page (or half a second): drawing it is what the reader sees first.
  let firstDrawn = () => {};
  const drawn = new Promise<void>((resolve) => (firstDrawn = resolve));
  pages = await createPdfPages(container, pdf, () => {
    performance.mark('viewer:first-page-drawn');
    firstDrawn();
  });
  await Promise.race([drawn, new Promise((resolve) => setTimeout(resolve, 500))]);
  const inputs: PdfPageInput[] = [];
  await pages.buildTextLayers((n, content, width, height) => (inputs[n - 1] = pageInputFrom(content, width, height)));
  try {
    model = checkHasText(buildPdfText(inputs), pdf.numPages);
  } catch (error) {
    set({ phase: 'ready', message: error instanceof PdfReadError ? error.message : String(error) });
    return session;
  }
  let findings: Findings;
  try {
    findings = await detectPool().detect(model.text, await storedBudgetMs(model.text.length));
  } catch (error) {
    set({ phase: 'ready', message: error instanceof Error ? error.message : String(error) });
    return session;
  }
  performance.mark('viewer:findings-detected');
  const located = locateFindings(findings, rangeOf);
  unpaint = paintFindings(located);
  navigator.setFindings(located);
  set({ phase: 'ready', findings, located });
  return session;
}
