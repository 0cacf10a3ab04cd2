// Where the reader is in the viewer's pages, and taking them there: the reading line sits a third of
// the way down the view, and a zoom keeps the reader's place on the page at that line.
import type { PageView } from './page-canvas';

/** A page's top in the container's scrolled content, in CSS pixels (offsetTop would count from the
 * container's offset parent). */
const topOf = (container: HTMLElement, box: HTMLElement) =>
  box.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;

/** The page (1-based) at the reading line of `container`, found by halving over the page boxes. */
export function pageAtReadingLine(container: HTMLElement, views: readonly PageView[]): number {
  const top = container.scrollTop + container.clientHeight / 3;
  let lo = 0;
  let hi = views.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (topOf(container, views[mid]!.box) <= top) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Sets the pages' scale (CSS pixels per PDF point) to `next`, keeping the reader's place. */
export function rescaleKeepingPlace(container: HTMLElement, views: readonly PageView[], next: number): void {
  // The reading position is kept as a share of the page at the reading line, not as pixels.
  const line = container.clientHeight / 3;
  const box = views[pageAtReadingLine(container, views) - 1]?.box;
  const share = box ? (container.scrollTop + line - topOf(container, box)) / box.offsetHeight : 0;
  // A page that fitted across starts at its left edge when it grows wider than the view (lines
  // are read from their start); one already scrolled across keeps its middle.
  const across =
    container.scrollWidth > container.clientWidth
      ? (container.scrollLeft + container.clientWidth / 2) / container.scrollWidth
      : null;
  container.style.setProperty('--total-scale-factor', String(next));
  if (box) container.scrollTop = topOf(container, box) + share * box.offsetHeight - line;
  container.scrollLeft = across === null ? 0 : across * container.scrollWidth - container.clientWidth / 2;
}

/** Scrolls `container` so `rect` (in the window's coordinates) sits on the reading line, and into
 * view across when it is outside it. */
export function scrollToReadingLine(container: HTMLElement, rect: DOMRect): void {
  const view = container.getBoundingClientRect();
  container.scrollTop += rect.top - view.top - container.clientHeight / 3;
  if (rect.left < view.left || rect.right > view.right) container.scrollLeft += rect.left - view.left - container.clientWidth / 4;
}
