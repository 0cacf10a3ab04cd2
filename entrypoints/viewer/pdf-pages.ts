// The pages of an open PDF: a sized placeholder per page, canvases drawn only near the viewport
// (and dropped when far, so a 100-page pack stays light), and a text layer per page built in order.
// The first page is drawn before any other, and before any text is read: it is what the reader sees.
import type { PageViewport, PDFDocumentProxy, TextLayer } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { drawPage, pageBox, type DrawnPage, type PageView } from './page-canvas';

/** One page's text as pdf.js gives it, with the page's viewport at scale 1 (PDF points). */
export interface PageText {
  content: TextContent;
  viewport: PageViewport;
}

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

  /** A page's top in the container's scrolled content (offsetTop would count from the container's offset parent). */
  const topOf = (box: HTMLElement) =>
    box.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;

  function currentPage(): number {
    const top = container.scrollTop + container.clientHeight / 3;
    let lo = 0;
    let hi = views.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (topOf(views[mid]!.box) <= top) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  return {
    pageCount: pdf.numPages,
    spans: (n) => views[n - 1]?.spans,
    async readPageTexts() {
      const texts: PageText[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const box = views[n - 1]!.box;
        box.style.width = `calc(var(--total-scale-factor) * ${viewport.width}px)`;
        box.style.height = `calc(var(--total-scale-factor) * ${viewport.height}px)`;
        texts.push({ content: await page.getTextContent(), viewport });
      }
      return texts;
    },
    async buildTextLayers(texts) {
      for (const [i, { content, viewport }] of texts.entries()) {
        const view = views[i]!;
        const layer = new Layer({ textContentSource: content, container: view.textLayer, viewport });
        await layer.render();
        view.spans = layer.textDivs;
      }
    },
    setScale(next) {
      // The reading position is kept as a share of the page at the reading line, not as pixels.
      const line = container.clientHeight / 3;
      const at = currentPage();
      const box = views[at - 1]?.box;
      const share = box ? (container.scrollTop + line - topOf(box)) / box.offsetHeight : 0;
      // A page that fitted across starts at its left edge when it grows wider than the view (lines
      // are read from their start); one already scrolled across keeps its middle.
      const across =
        container.scrollWidth > container.clientWidth
          ? (container.scrollLeft + container.clientWidth / 2) / container.scrollWidth
          : null;
      scale = next;
      container.style.setProperty('--total-scale-factor', String(next));
      if (box) container.scrollTop = topOf(box) + share * box.offsetHeight - line;
      container.scrollLeft = across === null ? 0 : across * container.scrollWidth - container.clientWidth / 2;
      for (const v of views) if (v.canvas) release(v);
      for (const v of views) {
        observer.unobserve(v.box);
        observer.observe(v.box);
      }
    },
    currentPage,
    scrollToRect(rect) {
      const view = container.getBoundingClientRect();
      container.scrollTop += rect.top - view.top - container.clientHeight / 3;
      if (rect.left < view.left || rect.right > view.right)
        container.scrollLeft += rect.left - view.left - container.clientWidth / 4;
    },
    scrollToPage(n) {
      views[Math.max(0, Math.min(views.length - 1, n - 1))]?.box.scrollIntoView({ block: 'start' });
    },
    destroy() {
      observer.disconnect();
      for (const v of views) v.box.remove();
    },
  };
}
