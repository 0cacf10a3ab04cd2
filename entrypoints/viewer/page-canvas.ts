// One page drawn into a canvas of its own, off the document, which the page box then takes whole.
// Drawn in place, each of pdf.js's slices (one per animation frame) would be copied to the screen
// as it went; drawn apart, nothing is copied until the page is done, and the frames stay cheap.
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
