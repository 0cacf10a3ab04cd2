// The open PDF's text as the lens and find see it: offsets of the text model mapped to pdf.js's
// text-layer spans and back; and find, where a new query (each keystroke) finds and paints every
// match and starts again from the page being read, and Enter / Shift+Enter step from the match shown.
import type { TextSurface } from '../../lib/page/lens';
import { findInText, pdfOffsetOf, pdfRangeFor } from '../../lib/page/pdf-ranges';
import type { PdfTextModel } from '../../lib/pdf/pdf-text';
import { firstMatchFrom, stepMatch } from '../../lib/viewer/find-order';
import type { PdfPages } from './pdf-pages';

/** The surface of a PDF's text model: offsets map to pdf.js text-layer spans and back. */
export const pdfSurface = (model: PdfTextModel, pages: PdfPages): TextSurface => ({
  text: model.text,
  rangeOf: (start, end) => pdfRangeFor(model, pages.spans, start, end),
  offsetOf: (node, offset) => pdfOffsetOf(model, pages.spans, node, offset),
});

type Matches = Array<[number, number]>;

/** The matches of `query` (text offsets, in document order) and the index of the one shown (-1 with
 * none), which is scrolled to the reading line. `step` 0 is a new query, painted as 'lens-find';
 * 1 and -1 step from `last.current` through `last.matches`. */
export function findInPdf(
  { surface, pageStarts, pages }: { surface: TextSurface; pageStarts: readonly number[]; pages: PdfPages },
  query: string,
  step: 1 | -1 | 0,
  last: { matches: Matches; current: number },
): { matches: Matches; current: number } {
  let matches = last.matches;
  if (step === 0) {
    matches = findInText(surface.text, query);
    const ranges = matches.map(([s, e]) => surface.rangeOf(s, e)).filter((r): r is Range => r !== null);
    CSS.highlights.set('lens-find', new Highlight(...ranges));
  }
  const next =
    step === 0 ? firstMatchFrom(matches, pageStarts, pages.currentPage()) : stepMatch(matches.length, last.current, step);
  const current = matches[next];
  const range = current ? surface.rangeOf(current[0], current[1]) : null;
  if (range) pages.scrollToRect(range.getBoundingClientRect());
  return { matches, current: next };
}
