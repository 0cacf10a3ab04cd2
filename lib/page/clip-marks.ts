// Saved clips on web pages. The CSS highlight registry is shared with the page, so any page script
// could read clipped ranges from it; instead each clip is drawn as click-through boxes over its
// text inside the card's closed shadow root, redrawn (once a frame at most) on scroll and resize.

const MARKS_CSS = `
.clip { position: fixed; box-sizing: border-box; pointer-events: none; z-index: 2147483646;
  background: rgba(255, 230, 120, .35); border-top: 2px solid #6b4e00; mix-blend-mode: multiply; }
.clip.focused { background: rgba(255, 200, 0, .55); outline: 2px solid #000; }
`;

export interface ClipMarks {
  /** Marks these clips (by id), replacing any marked before. */
  draw(ranges: Map<string, Range>): void;
  /** Marks one clip as the one moved to (or none). */
  focus(id: string | null): void;
  clear(): void;
}

/** The viewport rectangles of the text (not the elements) inside `range`. */
export function textRects(range: Range): DOMRect[] {
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const rects: DOMRect[] = [];
  const part = doc.createRange();
  for (let node: Node | null = root.nodeType === 3 ? root : walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!range.intersectsNode(text) || text.data.trim() === '') continue;
    part.setStart(text, text === range.startContainer ? range.startOffset : 0);
    part.setEnd(text, text === range.endContainer ? range.endOffset : text.data.length);
    for (const r of part.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
    if (text === range.endContainer) break;
  }
  return rects;
}

/** One click-through box per line of text of each clip, in viewport coordinates. */
function boxesFor(doc: Document, ranges: Map<string, Range>, focused: string | null): HTMLElement[] {
  const boxes: HTMLElement[] = [];
  for (const [id, range] of ranges)
    for (const r of textRects(range)) {
      const box = doc.createElement('div');
      box.className = id === focused ? 'clip focused' : 'clip';
      box.dataset.clip = id;
      box.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px`;
      boxes.push(box);
    }
  return boxes;
}

/** Draws clip marks in `layer()` (made on first use) until `signal` aborts. */
export function createClipMarks(doc: Document, layer: () => HTMLElement, signal: AbortSignal): ClipMarks {
  let ranges = new Map<string, Range>();
  let focused: string | null = null;
  let frame = 0;
  let root: HTMLElement | null = null;

  function render(): void {
    frame = 0;
    if (!root && ranges.size === 0) return;
    if (!root) {
      const style = doc.createElement('style');
      style.textContent = MARKS_CSS;
      root = doc.createElement('div');
      layer().append(style, root);
    }
    root.replaceChildren(...boxesFor(doc, ranges, focused));
  }
  // Boxes sit in viewport coordinates: any scroll (of the page or a box inside it) or resize moves them.
  const schedule = () => void (root && (frame ||= requestAnimationFrame(render)));
  const view = doc.defaultView!;
  view.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  view.addEventListener('resize', schedule, { passive: true, signal });
  const resized = new ResizeObserver(schedule);
  resized.observe(doc.documentElement);
  signal.addEventListener('abort', () => (resized.disconnect(), cancelAnimationFrame(frame)));

  const redraw = (next: Map<string, Range>, focus: string | null) => {
    ranges = next;
    focused = focus && ranges.has(focus) ? focus : null;
    render();
  };
  return {
    draw: (next) => redraw(next, focused),
    focus: (id) => redraw(ranges, id),
    clear: () => redraw(new Map(), null),
  };
}
