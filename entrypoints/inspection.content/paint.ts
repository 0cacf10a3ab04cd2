// Paints findings with the CSS Custom Highlight API: no page DOM is changed.
import type { Findings } from '../../lib/model/findings';
import { domPositionAt, type DomTextModel } from '../../lib/page/dom-text';

export const HIGHLIGHT_PREFIX = 'inspection-lens-';
const GRADE_NAMES: Record<string, string> = { 1: 'outstanding', 2: 'good', 3: 'requires-improvement', 4: 'inadequate' };

/** A DOM range for text offsets [start, end), or null when either end is synthetic text. */
export function rangeFor(model: DomTextModel, start: number, end: number): Range | null {
  let from = start;
  while (from < end && !domPositionAt(model, from)) from++;
  let to = end;
  while (to > from && !domPositionAt(model, to - 1)) to--;
  const a = domPositionAt(model, from);
  const b = domPositionAt(model, to - 1);
  if (!a || !b) return null;
  const range = new Range();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset + 1);
  return range;
}

/** Highlight name of a judgement: one per grade rank, one for grades off the scale. */
export const gradeHighlightName = (rank: number | null) => `${HIGHLIGHT_PREFIX}${rank ? GRADE_NAMES[rank] : 'other-grade'}`;

/** Registers every finding under inspection-lens-* names; returns a function that removes them. */
export function paintFindings(model: DomTextModel, findings: Findings): () => void {
  const groups = new Map<string, Range[]>();
  const add = (name: string, range: Range | null) => range && groups.set(name, [...(groups.get(name) ?? []), range]);
  for (const j of findings.judgements) add(gradeHighlightName(j.rank), rangeFor(model, j.start, j.end));
  for (const r of findings.recommendations) add(`${HIGHLIGHT_PREFIX}recommendation`, rangeFor(model, r.start, r.end));
  for (const [name, ranges] of groups) CSS.highlights.set(name, new Highlight(...ranges));
  return () => {
    for (const name of groups.keys()) CSS.highlights.delete(name);
  };
}
