// Turns a page's DOM into the detector's text model: blocks become lines, table cells are joined
// by tabs, list items become bullet lines, and hidden or script content is skipped. Keeps a map
// from text offsets back to DOM text nodes. Works on any DOM (the page, or linkedom in Node).
import { CELL, LINE, PARAGRAPH, SKIP } from './dom-blocks';
import { Builder, type DomTextModel } from './dom-text-builder';
import { attributeVisibility, type VisibilityCheck } from './visibility';

export type { DomSegment, DomTextModel } from './dom-text-builder';

/** Walks the DOM without recursion (a hostile page may nest 100,000 deep), pausing every 256 nodes. */
function* walk(root: Node, b: Builder, visible: VisibilityCheck): Generator<void> {
  // A block's closing break is pushed as its string, which a node never is (telling them apart
  // by a property of a node would ask its whole prototype chain, once per node).
  const stack: Array<Node | '\n' | '\n\n'> = [root];
  /** elements whose own text is hidden (visibility: hidden), asked once each */
  const textHidden = new WeakSet<Node>();
  let count = 0;
  while (stack.length > 0) {
    if (++count % 256 === 0) yield;
    const item = stack.pop()!;
    if (typeof item === 'string') {
      b.breakAt(item);
      continue;
    }
    const type = item.nodeType;
    if (type === 3) {
      if (!item.parentNode || !textHidden.has(item.parentNode)) b.addText(item as Text);
      continue;
    }
    if (type !== 1 && type !== 9 && type !== 11) continue;
    const el = item as Element;
    const tag = type === 1 ? el.tagName.toUpperCase() : '';
    if (type === 1 && SKIP.has(tag)) continue;
    const shown = type === 1 ? visible(el) : 'shown';
    if (shown === 'none') continue;
    if (shown === 'children-only') textHidden.add(el);
    const before = PARAGRAPH.has(tag) ? '\n\n' : LINE.has(tag) ? '\n' : CELL.has(tag) ? '\t' : '';
    if (before === '\t') {
      if (el.previousElementSibling) b.breakAt('\t');
    } else if (before) {
      b.breakAt(before);
      stack.push(before);
    }
    if (tag === 'LI') b.pendingPrefix = '• ';
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
  }
}

/** The text model of a DOM subtree (usually `document.body`). */
export function extractDomText(root: Node, visible: VisibilityCheck = attributeVisibility): DomTextModel {
  const b = new Builder();
  const steps = walk(root, b, visible);
  while (!steps.next().done);
  return { text: b.text, segments: b.segments };
}

export interface SlicedOptions {
  /** gives the page a turn between slices (a new task) */
  pause: () => Promise<void>;
  /** each slice's length in ms (8), and the first one's (the same unless given) */
  budgetMs?: number;
  firstBudgetMs?: number;
  visible?: VisibilityCheck;
  /** handed the model's beginning once it has at least `chars` characters, while the rest is read */
  head?: { chars: number; take: (model: DomTextModel) => void };
}

/** The same model in slices of about `budgetMs` with `pause()` between them, so a long page never blocks. */
export async function extractDomTextSliced(root: Node, options: SlicedOptions): Promise<DomTextModel> {
  const { pause, budgetMs = 8, firstBudgetMs = budgetMs, visible = attributeVisibility, head } = options;
  const b = new Builder();
  const steps = walk(root, b, visible);
  let headTaken = !head;
  for (let sliceEnd = performance.now() + firstBudgetMs; !steps.next().done;) {
    if (!headTaken && b.text.length >= head!.chars) {
      headTaken = true;
      head!.take({ text: b.text, segments: b.segments.slice() });
    }
    if (performance.now() < sliceEnd) continue;
    await pause();
    sliceEnd = performance.now() + budgetMs;
  }
  return { text: b.text, segments: b.segments };
}

/** The text node and offset in it for a text offset, or null for synthetic characters. */
export function domPositionAt(model: DomTextModel, offset: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = model.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = model.segments[mid]!;
    if (seg.start > offset) hi = mid - 1;
    else if (seg.start + seg.node.data.length <= offset) lo = mid + 1;
    else return { node: seg.node, offset: offset - seg.start };
  }
  return null;
}

const offsetIndex = new WeakMap<DomTextModel, Map<Text, number>>();

/** The text offset of a DOM position (e.g. a selection's end), or null when it is outside the model. */
export function textOffsetOf(model: DomTextModel, node: Node, offset: number): number | null {
  let index = offsetIndex.get(model);
  if (!index) offsetIndex.set(model, (index = new Map(model.segments.map((s) => [s.node, s.start]))));
  if (node.nodeType === 3) {
    const start = index.get(node as Text);
    return start === undefined ? null : start + offset;
  }
  // An element position: the first text node at or after it.
  const walker = node.ownerDocument!.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let child: Node | null = node.childNodes[offset] ?? null;
  if (child) walker.currentNode = child;
  for (child = child?.nodeType === 3 ? child : walker.nextNode(); child; child = walker.nextNode()) {
    const start = index.get(child as Text);
    if (start !== undefined) return start;
  }
  return null;
}
