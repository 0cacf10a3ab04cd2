// Hover, keyboard focus and next / previous over the painted findings, each showing the card.
import { createCardHover } from './card-hover';
import type { FindingCard } from './finding-card';
import { findingAtPoint } from './finding-at-point';
import { paintFocus, type PaintedFinding } from './paint';
import { stepFromView, windowArea, type ReadingArea } from './reading-position';

export interface FindingNavigator {
  setFindings(findings: PaintedFinding[]): void;
  /** Moves to a finding: scrolls it into view, marks it and shows its card. */
  focus(position: number): void;
  step(delta: 1 | -1): void;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof Element &&
  (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') ?? null) !== null;

/** Is a key event our next (1) or previous (-1) command? Alt+Shift+N / Alt+Shift+P, by key position. */
export function commandOf(event: KeyboardEvent): 1 | -1 | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return event.code === 'KeyN' ? 1 : event.code === 'KeyP' ? -1 : null;
}

function scrollToRange(range: Range): void {
  const element = range.startContainer.parentElement;
  const view = range.startContainer.ownerDocument?.defaultView;
  if (!element || !view) return;
  if (element.getBoundingClientRect().height < view.innerHeight / 2) element.scrollIntoView({ block: 'center' });
  else view.scrollBy(0, range.getBoundingClientRect().top - view.innerHeight / 2);
}

/** Listens on the document until `signal` aborts; `readingArea` is where the reader is. */
export function attachFindingNavigator(
  doc: Document,
  card: FindingCard,
  signal: AbortSignal,
  readingArea: () => ReadingArea = windowArea(doc),
): FindingNavigator {
  let findings: PaintedFinding[] = [];
  // The finding last moved to: still the starting point after Esc while it is in view.
  let current = -1;
  let focused = false;
  let frame = 0;
  const inView = (f: PaintedFinding | undefined) => {
    const rect = f?.range.getBoundingClientRect();
    const area = readingArea();
    return !!rect && rect.bottom > area.top && rect.top < area.bottom;
  };
  const label = (i: number) => `${i + 1} of ${findings.length}`;
  const show = (f: PaintedFinding, i: number) => card.show(f.description, f.range.getBoundingClientRect(), label(i));
  const view = doc.defaultView!;
  const hover = createCardHover({
    show: (i) => show(findings[i]!, i),
    leave: () => (focused ? show(findings[current]!, current) : card.hide()),
    setTimer: (run, ms) => view.setTimeout(run, ms),
    clearTimer: (timer) => view.clearTimeout(timer),
  });

  const navigator: FindingNavigator = {
    setFindings(list) {
      findings = list;
      current = -1;
      focused = false;
      paintFocus(null);
      hover.reset();
      card.hide();
    },
    focus(position) {
      const f = findings[position];
      if (!f) return;
      hover.reset();
      current = position;
      focused = true;
      scrollToRange(f.range);
      paintFocus(f.range);
      show(f, position);
    },
    step(delta) {
      if (findings.length === 0) return;
      if (current >= 0 && inView(findings[current]))
        return navigator.focus((current + delta + findings.length) % findings.length);
      const tops = findings.map((f) => f.range.getBoundingClientRect().top);
      navigator.focus(stepFromView(tops, readingArea(), delta));
    },
  };

  const options = { signal, capture: true };
  doc.addEventListener(
    'keydown',
    (event) => {
      // Only the reader's own keys: a page script can dispatch key events, never trusted ones.
      if (!event.isTrusted) return;
      if (event.key === 'Escape' && (hover.dismiss() || focused)) {
        focused = false;
        paintFocus(null);
        card.hide();
        return;
      }
      const delta = commandOf(event);
      if (delta === null || isEditable(event.target) || findings.length === 0) return;
      event.preventDefault();
      navigator.step(delta);
    },
    options,
  );
  doc.addEventListener(
    'mousemove',
    (event) => {
      if (!event.isTrusted) return;
      cancelAnimationFrame(frame);
      // Over the card (its host, as the page sees it) the card stays; between them, a grace delay.
      if (card.isOwnNode(event.target as Node)) return hover.pointerOnCard();
      frame = requestAnimationFrame(() => {
        const hit = findingAtPoint(doc, findings, event.clientX, event.clientY);
        hover.pointerAt(hit ? findings.indexOf(hit) : null);
      });
    },
    { signal, passive: true },
  );
  // The pointer leaving the window leaves both the finding and the card.
  doc.addEventListener(
    'mouseout',
    (event) => {
      if (event.isTrusted && !event.relatedTarget) hover.pointerAt(null);
    },
    { signal, passive: true },
  );
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!event.isTrusted || !(target instanceof Element) || card.isOwnNode(target)) return;
      const i = findings.findIndex((f) => f.range.intersectsNode(target));
      if (i < 0) return;
      hover.reset();
      show(findings[i]!, i);
    },
    options,
  );
  // Any scroll (window or box: the viewer's pages): a focused finding's card follows it while in view.
  const onScroll = () => {
    if (!focused) return (hover.reset(), card.hide());
    const f = findings[current];
    return f && inView(f) ? show(f, current) : card.hide();
  };
  doc.addEventListener('scroll', onScroll, { signal, passive: true, capture: true });
  signal.addEventListener('abort', () => (cancelAnimationFrame(frame), hover.reset()));
  return navigator;
}
