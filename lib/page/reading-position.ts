// Where the reader is: next / previous start there when the finding last moved to is out of view.

/** The part of the viewport the reader sees the document in (viewport coordinates, px). */
export interface ReadingArea {
  top: number;
  bottom: number;
}

/** The whole window: a web page scrolls in it. */
export const windowArea = (doc: Document) => (): ReadingArea => ({ top: 0, bottom: doc.defaultView?.innerHeight ?? 0 });

/** Where next (1) or previous (-1) goes from the reading position, when the finding last moved to
 * is not in view: the first finding from the top of the view down, or the last one above it. */
export function stepFromView(tops: number[], area: ReadingArea, delta: 1 | -1): number {
  if (delta > 0) {
    const next = tops.findIndex((top) => top >= area.top);
    return next < 0 ? 0 : next;
  }
  const above = tops.findLastIndex((top) => top < area.top);
  return above < 0 ? tops.length - 1 : above;
}
