// One lens over a text surface (a web page's text nodes or a PDF's text-layer spans): paints the
// findings and the saved clips, keeps the card and next / previous, and announces what it did.
// What differs between surfaces is only the text and the two mappings between offsets and ranges.
import type { Findings } from '../model/findings';
import { createClipMarks, type ClipMarks } from './clip-marks';
import { highlightClipMarks, locateClips, type ClipToShow, type ShownClips } from './clip-paint';
import { createFindingCard, type FindingCard } from './finding-card';
import { attachFindingNavigator, type FindingNavigator } from './finding-navigator';
import { locateFindings, paintFindings, type PaintedFinding, type RangeOf } from './paint';
import { windowArea, type ReadingArea } from './reading-position';

/** A text model and its mappings: offsets → a DOM range, and a DOM position → an offset. */
export interface TextSurface {
  text: string;
  rangeOf: RangeOf;
  /** the text offset of a DOM position (a selection's end), or null outside the text */
  offsetOf(node: Node, offset: number): number | null;
}

export interface LensOptions {
  doc: Document;
  signal: AbortSignal;
  /** 'shadow' on web pages: clip marks in the card's closed shadow root, which page scripts cannot
   * read (the highlight registry they could); 'highlight' on the extension's own pages (lens-clip) */
  clipMarks: 'shadow' | 'highlight';
  /** where the reader is, for next / previous; the window by default */
  readingArea?: () => ReadingArea;
}

export interface LensView {
  surface: TextSurface;
  findings: Findings | null;
  located: PaintedFinding[];
}

export interface Lens {
  /** Paints `findings` over `surface` (replacing what was painted) and repaints the shown clips. */
  show(surface: TextSurface, findings: Findings | null): { judgements: number; recommendations: number };
  latest(): LensView | null;
  /** Calls `listener` after every `show` (the side panel follows the latest findings); returns the unsubscribe. */
  onShown(listener: () => void): () => void;
  /** Highlights `findings` over `surface` before the first `show`, and only highlights: the card,
   * next / previous and the side panel wait for `show`, which replaces them. Ignored after a show. */
  preview(surface: TextSurface, findings: Findings): void;
  /** Removes what `preview` painted (the page's reading was given up); nothing once a show came. */
  clearPreview(): void;
  /** Marks these saved clips where they are found; the rest are missing. */
  showClips(clips: ClipToShow[]): ShownClips;
  focusClip(id: string): void;
  /** the clips of the last showClips that could not be found */
  missingClips(): string[];
  navigator: FindingNavigator;
  /** A short message in the card, for when the user asked and there is nothing to show; it goes
   * after 6 s. `lasting`: a notice about the page itself (too large to read), which stays, even
   * on scrolling, until the reader closes it with Esc, a finding's card replaces it, or the page goes. */
  announce(message: string, options?: { lasting?: boolean }): void;
  /** Card host and the like: mutations there are the lens's own, not the page's. */
  isOwnNode(node: Node | null): boolean;
  destroy(): void;
}

const EMPTY: ShownClips = { ranges: new Map(), missing: [] };

/** Creates the lens for `doc`; it listens until `signal` aborts. */
export function createLens({ doc, signal, clipMarks: where, readingArea = windowArea(doc) }: LensOptions): Lens {
  const shownCard = createFindingCard(doc);
  // A lasting notice is hidden only by Esc or by a finding's card taking its place, never by the
  // navigator's scroll or pointer handling (which hide the card whenever no finding is focused).
  let lasting = false;
  const card: FindingCard = {
    ...shownCard,
    show: (...args) => ((lasting = false), shownCard.show(...args)),
    hide: () => void (lasting || shownCard.hide()),
  };
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape' || !lasting) return;
      lasting = false;
      shownCard.hide();
    },
    { signal, capture: true },
  );
  const navigator = attachFindingNavigator(doc, card, signal, readingArea);
  const marks: ClipMarks = where === 'shadow' ? createClipMarks(doc, card.layer, signal) : highlightClipMarks();
  let unpaint = () => {};
  let view: LensView | null = null;
  let clips: ClipToShow[] = [];
  let shown = EMPTY;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const shownListeners = new Set<() => void>();

  const lens: Lens = {
    show(surface, findings) {
      const located = findings ? locateFindings(findings, surface.rangeOf) : [];
      unpaint();
      unpaint = paintFindings(located);
      // The card's host joins the page with its first finding, so on a page with findings its
      // appearance never tells a page script that a clip was drawn.
      if (located.length > 0 && where === 'shadow') card.layer();
      navigator.setFindings(located);
      view = { surface, findings, located };
      if (clips.length > 0) lens.showClips(clips);
      shownListeners.forEach((listener) => listener());
      const judgements = located.filter((f) => f.kind === 'judgement').length;
      return { judgements, recommendations: located.length - judgements };
    },
    latest: () => view,
    onShown(listener) {
      shownListeners.add(listener);
      return () => void shownListeners.delete(listener);
    },
    preview(surface, findings) {
      if (view) return;
      unpaint();
      unpaint = paintFindings(locateFindings(findings, surface.rangeOf));
    },
    clearPreview() {
      if (view) return;
      unpaint();
      unpaint = () => {};
    },
    showClips(list) {
      clips = list;
      shown = view
        ? locateClips(view.surface.text, list, view.surface.rangeOf)
        : { ranges: new Map(), missing: list.map((c) => c.id) };
      marks.draw(shown.ranges);
      return shown;
    },
    focusClip(id) {
      const range = shown.ranges.get(id);
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      marks.focus(range ? id : null);
    },
    missingClips: () => shown.missing,
    navigator,
    announce(message, options = {}) {
      const width = doc.defaultView?.innerWidth ?? 400;
      card.show({ title: 'Inspection Lens', detail: message }, new DOMRect(width - 400, 8, 0, 0), '');
      clearTimeout(hideTimer);
      if (options.lasting) lasting = true;
      else hideTimer = setTimeout(() => card.hide(), 6000);
    },
    isOwnNode: card.isOwnNode,
    destroy() {
      clearTimeout(hideTimer);
      shownListeners.clear();
      unpaint();
      marks.clear();
      card.destroy();
    },
  };
  return lens;
}
