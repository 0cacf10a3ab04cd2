// Which painted finding is under the pointer: the caret position at the point, then the range's own
// boxes (a caret lands on the nearest text even beside a line, which is not over the finding).
import type { PaintedFinding } from './paint';

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const contains = (rect: DOMRect, x: number, y: number) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** The finding under the pointer, if any. */
export function findingAtPoint(doc: Document, findings: PaintedFinding[], x: number, y: number): PaintedFinding | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const f of findings) {
    if (f.range.startContainer.ownerDocument !== caret.node.ownerDocument) continue;
    if (!f.range.isPointInRange(caret.node, caret.offset)) continue;
    if ([...f.range.getClientRects()].some((r) => contains(r, x, y))) return f;
  }
  return null;
}
