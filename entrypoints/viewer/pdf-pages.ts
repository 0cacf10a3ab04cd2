// The pages of an open PDF: a sized placeholder per page, canvases drawn only near the viewport
// (and dropped when far, so a 100-page pack stays light), and a text layer per page built in order.
// The first page is drawn before any other, and before any text is read: it is what the reader sees.
import type { PDFDocumentProxy, TextLayer } from 'pdfjs-dist';
import { drawPage, pageBox, type DrawnPage, type PageView } from './page-canvas';
import { pageAtReadingLine, rescaleKeepingPlace, scrollToReadingLine } from './page-scroll';
import { buildTextLayers, readPageTexts, type PageText } from './page-text';

export type { PageText };

export interface PdfPages {
  /** text-layer spans of a page (1-based), once built */
  spans(page: number): readonly HTMLElement[] | undefined;
  /** Every page's text content, in page order (each page's box takes its own size as it goes). */
  readPageTexts(): Promise<PageText[]>;
  /** Builds every page's text layer from `texts` (from readPageTexts), in order. */
  buildTextLayers(texts: readonly PageText[]): Promise<void>;
  setScale(scale: number): void;
  pageCount: number;
  /** the page at the reading line, a third of the way down the view (1-based) */
  currentPage(): number;
  scrollToPage(page: number): void;
  /** Scrolls so `rect` (in the window's coordinates) sits on the reading line. */
  scrollToRect(rect: DOMRect): void;
  destroy(): void;
}

/** Lays out all pages in `container` (the scrolling element) and draws the first; the pages near
 * the viewport are drawn only after it. `Layer` is pdf.js's TextLayer (pdf.js is loaded apart).
 * `early`: page 1 already being drawn (first-page.ts), used when drawn at the container's scale.
 * `onFirstDrawn(drawn)` is called once page 1 is on screen (true) or could not be drawn (false). */
export async function createPdfPages(
  container: HTMLElement,
  pdf: PDFDocumentProxy,
  Layer: typeof TextLayer,
  onFirstDrawn: (drawn: boolean) => void,
  early: Promise<DrawnPage | null> = Promise.resolve(null),
): Promise<PdfPages> {
  const doc = container.ownerDocument;
  const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
  const views: PageView[] = [];
  for (let n = 1; n <= pdf.numPages; n++) views.push(pageBox(doc, n, pdf.numPages, first.width, first.height));
  container.append(...views.map((v) => v.box));
  let scale = Number(getComputedStyle(container).getPropertyValue('--total-scale-factor')) || 1;

  /** Draws page `n` apart (or takes `early`'s drawing of it) and puts it in its box, unless the
   * box was let go meanwhile (scrolled far away, or the scale changed). */
  async function draw(n: number, early?: DrawnPage | null): Promise<void> {
    const view = views[n - 1]!;
    const released = view.released;
    const drawn = early?.scale === scale ? early : await drawPage(await pdf.getPage(n), scale, doc);
    if (view.released !== released) return;
    view.canvas?.remove();
    view.canvas = drawn.canvas;
    view.box.prepend(drawn.canvas);
  }

  const release = (view: PageView) => {
    view.canvas?.remove();
    view.canvas = null;
    view.drawing = undefined;
    view.released++;
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const n = Number((entry.target as HTMLElement).dataset.page);
        const view = views[n - 1]!;
        if (entry.isIntersecting) view.drawing ??= draw(n).catch(() => release(view));
        else release(view);
      }
    },
    { root: container, rootMargin: '150% 0px' },
  );
  // Page 1 alone first: drawing its neighbours at the same time would share pdf.js's worker with it.
  const firstView = views[0]!;
  firstView.drawing = early
    .catch(() => null)
    .then((drawn) => draw(1, drawn))
    .then(
      () => onFirstDrawn(true),
      () => {
        release(firstView);
        onFirstDrawn(false);
      },
    );
  void firstView.drawing.finally(() => views.forEach((v) => observer.observe(v.box)));

  const currentPage = () => pageAtReadingLine(container, views);

  return {
    pageCount: pdf.numPages,
    spans: (n) => views[n - 1]?.spans,
    readPageTexts: () => readPageTexts(pdf, views),
    buildTextLayers: (texts) => buildTextLayers(Layer, views, texts),
    setScale(next) {
      scale = next;
      rescaleKeepingPlace(container, views, next);
      for (const v of views) if (v.canvas) release(v);
      for (const v of views) {
        observer.unobserve(v.box);
        observer.observe(v.box);
      }
    },
    currentPage,
    scrollToRect: (rect) => scrollToReadingLine(container, rect),
    scrollToPage(n) {
      views[Math.max(0, Math.min(views.length - 1, n - 1))]?.box.scrollIntoView({ block: 'start' });
    },
    destroy() {
      observer.disconnect();
      for (const v of views) v.box.remove();
    },
  };
}
