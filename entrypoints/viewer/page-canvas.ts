// One page of the viewer: its box (sized before it is drawn), and its drawing, made in a canvas of
// its own, off the document, which the box then takes whole. Drawn in place, each of pdf.js's
// slices (one per animation frame) would be copied to the screen as it went; drawn apart, nothing
// is copied until the page is done, and the frames stay cheap.
import type { PDFPageProxy } from 'pdfjs-dist';

/** The scale the viewer opens at (CSS pixels per PDF point), before the reader zooms. */
export const OPENING_SCALE = 1.25;

/** A page drawn at `scale` (CSS pixels per PDF point; the canvas has device pixels). */
export interface DrawnPage {
  canvas: HTMLCanvasElement;
  scale: number;
}

/** Draws `page` at `scale` into a new canvas in `doc`, not yet placed. Rejects as pdf.js's render
 * does (a cancelled or broken page). */
export async function drawPage(page: PDFPageProxy, scale: number, doc: Document): Promise<DrawnPage> {
  const viewport = page.getViewport({ scale: scale * (doc.defaultView?.devicePixelRatio ?? 1) });
  const canvas = doc.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.setAttribute('aria-hidden', 'true');
  await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
  return { canvas, scale };
}

/** A page's box in the viewer, with its canvas (while drawn) and its text layer. */
export interface PageView {
  box: HTMLElement;
  canvas: HTMLCanvasElement | null;
  textLayer: HTMLElement;
  spans?: readonly HTMLElement[];
  drawing?: Promise<void>;
  /** counts the box's releases: a drawing begun before the last one is dropped when done */
  released: number;
}

/** The box of page `number` of `count`, sized `width` × `height` PDF points at the viewer's scale. */
export function pageBox(doc: Document, number: number, count: number, width: number, height: number): PageView {
  const box = doc.createElement('section');
  box.className = 'page';
  box.dataset.page = String(number);
  box.setAttribute('aria-label', `Page ${number} of ${count}`);
  box.style.width = `calc(var(--total-scale-factor) * ${width}px)`;
  box.style.height = `calc(var(--total-scale-factor) * ${height}px)`;
  const textLayer = doc.createElement('div');
  textLayer.className = 'textLayer';
  box.append(textLayer);
  return { box, canvas: null, textLayer, released: 0 };
}
