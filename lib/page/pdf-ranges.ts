// Maps offsets in a PDF's text model to DOM ranges over the pdf.js text layer, whose spans follow
// the page's text items one for one.
import type { PdfSegment, PdfTextModel } from '../pdf/pdf-text';

/** The text-layer spans of a page (1-based), or undefined while the page has none yet. */
export type PageSpans = (page: number) => readonly HTMLElement[] | undefined;

/** Index of the first segment that ends after `offset`. */
function segmentAfter(segments: PdfSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.start + s.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function position(spans: PageSpans, segment: PdfSegment, offset: number): { node: Text; offset: number } | null {
  const node = spans(segment.page)?.[segment.item]?.firstChild;
  if (!node || node.nodeType !== 3) return null;
  const at = segment.itemOffset + offset - segment.start;
  return { node: node as Text, offset: Math.max(0, Math.min(at, (node as Text).length)) };
}

/** A range over the text layer for text offsets [start, end), or null when no page holds it yet. */
export function pdfRangeFor(model: PdfTextModel, spans: PageSpans, start: number, end: number): Range | null {
  const first = segmentAfter(model.segments, start);
  const last = segmentAfter(model.segments, end - 1);
  const a = model.segments[first];
  const b = model.segments[Math.min(last, model.segments.length - 1)];
  if (!a || !b || a.start >= end) return null;
  const from = position(spans, a, Math.max(start, a.start));
  const to = position(spans, b, Math.min(end, b.start + b.length));
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every match of `query` in the text, case-insensitive, words matching across line breaks; at most 5,000. */
export function findInText(text: string, query: string): Array<[number, number]> {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gi');
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(pattern)) {
    out.push([m.index, m.index + m[0].length]);
    if (out.length >= 5000) break;
  }
  return out;
}

/** The text offset of a position in the text layer (a selection's end), or null outside any item. */
export function pdfOffsetOf(model: PdfTextModel, spans: PageSpans, node: Node, offset: number): number | null {
  const span = (node.nodeType === 3 ? node.parentElement : (node as Element).closest('span')) as HTMLElement | null;
  const pageBox = span?.closest<HTMLElement>('[data-page]');
  if (!span || !pageBox) return null;
  const page = Number(pageBox.dataset.page);
  const item = spans(page)?.indexOf(span) ?? -1;
  const segment = model.segments.find((s) => s.page === page && s.item === item);
  if (!segment) return null;
  const within = node.nodeType === 3 ? offset - segment.itemOffset : 0;
  return segment.start + Math.max(0, Math.min(within, segment.length));
}
