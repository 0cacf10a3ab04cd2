// Paints findings with the CSS Custom Highlight API: no page DOM is changed.
import { slacSections } from '../model/slac-sections';
import { describeJudgement, describeRecommendation, type FindingDescription } from '../model/describe-finding';
import { paintRank } from '../model/kind-label';
import type { Findings } from '../model/findings';
import { domPositionAt, type DomTextModel } from './dom-text';

export const HIGHLIGHT_PREFIX = 'inspection-lens-';
/** The finding the keyboard or the side panel has moved to, painted over its own colour. Outside
 * the inspection-lens- names on purpose: those hold findings only, each painted once. */
export const FOCUS_HIGHLIGHT = 'lens-focus';
const GRADE_NAMES: Record<number, string> = { 1: 'outstanding', 2: 'good', 3: 'requires-improvement', 4: 'inadequate' };

export interface PaintedFinding {
  kind: 'judgement' | 'recommendation';
  /** index in the findings' judgements or recommendations */
  index: number;
  highlight: string;
  range: Range;
  description: FindingDescription;
}

/** A DOM range for text offsets [start, end), or null when either end is synthetic text. */
export function rangeFor(model: DomTextModel, start: number, end: number): Range | null {
  let from = start;
  while (from < end && !domPositionAt(model, from)) from++;
  let to = end;
  while (to > from && !domPositionAt(model, to - 1)) to--;
  const a = domPositionAt(model, from);
  const b = domPositionAt(model, to - 1);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset + 1);
  return range;
}

/** Highlight name of a judgement: one per grade rank, one for grades off the scale. */
export const gradeHighlightName = (rank: number | null) => `${HIGHLIGHT_PREFIX}${rank ? GRADE_NAMES[rank] : 'other-grade'}`;

/** Maps text offsets [start, end) to a DOM range, or null where the text has no DOM behind it. */
export type RangeOf = (start: number, end: number) => Range | null;

/** Every finding with its range and card text, in document order. */
export function locateFindings(findings: Findings, rangeOf: RangeOf): PaintedFinding[] {
  const located: Array<PaintedFinding & { start: number }> = [];
  const sections = slacSections(findings.judgements, findings.document);
  findings.judgements.forEach((j, index) => {
    const range = rangeOf(j.start, j.end);
    const description = describeJudgement(j, findings.document, sections[index]);
    if (range)
      located.push({ kind: 'judgement', index, highlight: gradeHighlightName(paintRank(j)), range, description, start: j.start });
  });
  findings.recommendations.forEach((r, index) => {
    const range = rangeOf(r.start, r.end);
    const highlight = `${HIGHLIGHT_PREFIX}recommendation`;
    if (range)
      located.push({ kind: 'recommendation', index, highlight, range, description: describeRecommendation(r), start: r.start });
  });
  return located.sort((a, b) => a.start - b.start).map(({ start: _start, ...rest }) => rest);
}

/** Registers the ranges under inspection-lens-* names; returns a function that removes them. */
export function paintFindings(painted: PaintedFinding[]): () => void {
  const groups = new Map<string, Range[]>();
  for (const p of painted) {
    const ranges = groups.get(p.highlight);
    if (ranges) ranges.push(p.range);
    else groups.set(p.highlight, [p.range]);
  }
  for (const [name, ranges] of groups) CSS.highlights.set(name, new Highlight(...ranges));
  return () => {
    for (const name of groups.keys()) CSS.highlights.delete(name);
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
  };
}

/** Marks one finding as the focused one (or none). */
export function paintFocus(range: Range | null): void {
  if (range) CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(FOCUS_HIGHLIGHT);
}
