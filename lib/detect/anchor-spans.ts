// The grade words of a text found with one scan, and the stretches around them each rule reads
// (the rules' reach is described in anchor-index.ts).
import { offsetOfUnit, unitCounts } from './blank-units';
import { STRICT_GRADE_SOURCE } from './grades';
import { matchSpans, perText } from './text-cache';
import type { Reach } from './anchor-index';

/**
 * Every grade phrase of every scale, in any capitalisation and even inside a longer word: a superset
 * of what any rule's grade group matches, so no rule's grade is missed.
 */
const GRADE_ANCHOR = new RegExp(STRICT_GRADE_SOURCE, 'gi');

interface TextAnchors {
  /** start and end offsets of each anchor, in order */
  starts: number[];
  ends: number[];
  /** units[i]: characters before offset i, each white-space run counted as one */
  units: Uint32Array;
  windows: Map<Reach, number[]>;
  /** each anchor's own stretch for a reach's before and after, by "before,after" */
  bounds: Map<string, Int32Array>;
}

/**
 * An index of one kind of anchor (a global pattern that never matches the empty string): for each
 * text, its anchors and unit counts, built with one scan each on first use and kept for every rule.
 */
export type AnchorIndex = (text: string) => TextAnchors;

const unitsOf = perText(unitCounts);

/** The index of the anchors `anchor` (global) matches. */
export function anchorIndex(anchor: RegExp): AnchorIndex {
  return perText((text): TextAnchors => ({
    ...matchSpans(text, anchor.source, anchor.flags),
    units: unitsOf(text),
    windows: new Map<Reach, number[]>(),
    bounds: new Map<string, Int32Array>(),
  }));
}

/** The grade phrases of `text` and its unit counts. */
export const anchorsOf = anchorIndex(GRADE_ANCHOR);

// Each anchor's stretch, shared by every reach with the same distances (they differ in `keep` only).
function boundsOf(a: TextAnchors, reach: Reach): Int32Array {
  const key = `${reach.before},${reach.after}`;
  let bounds = a.bounds.get(key);
  if (bounds) return bounds;
  bounds = new Int32Array(2 * a.starts.length);
  for (let i = 0; i < a.starts.length; i++) {
    const startUnit = a.units[a.starts[i]!]!;
    bounds[2 * i] = startUnit > reach.before ? offsetOfUnit(a.units, startUnit - reach.before) : 0;
    // The unit `after` past the end: its first offset is past every character of the reach.
    bounds[2 * i + 1] = offsetOfUnit(a.units, a.units[a.ends[i]!]! + reach.after + 1);
  }
  a.bounds.set(key, bounds);
  return bounds;
}

/** Where a match reaching at most `reach` from a grade word `reach.keep` passes can lie: merged
 * stretches [start, end) as a flat list start0, end0, start1, end1…; O(n) once, then cached. */
export function gradeWindows(text: string, reach: Reach, index: AnchorIndex = anchorsOf): number[] {
  const a = index(text);
  const known = a.windows.get(reach);
  if (known) return known;
  const bounds = boundsOf(a, reach);
  const out: number[] = [];
  for (let i = 0; i < a.starts.length; i++) {
    if (reach.keep && !reach.keep(text, a.starts[i]!, a.ends[i]!)) continue;
    const start = bounds[2 * i]!;
    const end = bounds[2 * i + 1]!;
    if (out.length > 0 && start <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, end);
    else out.push(start, end);
  }
  a.windows.set(reach, out);
  return out;
}
