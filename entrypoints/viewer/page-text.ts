// The text of an open PDF's pages: read from pdf.js page by page (each page's box takes its own size
// as it goes), then a text layer built over each page in order, whose spans the lens paints.
import type { PageViewport, PDFDocumentProxy, TextLayer } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import type { PageView } from './page-canvas';

/** One page's text as pdf.js gives it, with the page's viewport at scale 1 (PDF points). */
export interface PageText {
  content: TextContent;
  viewport: PageViewport;
}

/** Every page's text content, in page order; each page's box in `views` is sized to its page. */
export async function readPageTexts(pdf: PDFDocumentProxy, views: readonly PageView[]): Promise<PageText[]> {
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
}

/** Builds every page's text layer from `texts` with pdf.js's `Layer`, in order, keeping each page's spans on its view. */
export async function buildTextLayers(Layer: typeof TextLayer, views: readonly PageView[], texts: readonly PageText[]) {
  for (const [i, { content, viewport }] of texts.entries()) {
    const view = views[i]!;
    const layer = new Layer({ textContentSource: content, container: view.textLayer, viewport });
    await layer.render();
    view.spans = layer.textDivs;
  }
}
