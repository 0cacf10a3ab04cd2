// Saved clips painted again in a page or PDF: each anchor is looked for in the current text; the
// ones that cannot be found are listed, never dropped.
import { findAnchor, type TextAnchor } from '../model/anchor';
import type { RangeOf } from './paint';

export const CLIP_HIGHLIGHT = 'lens-clip';

export interface ClipToShow {
  id: string;
  anchor: TextAnchor;
}

export interface ShownClips {
  ranges: Map<string, Range>;
  missing: string[];
}

/** Paints the clips found in `text` under one highlight; returns their ranges and the missing ids. */
export function paintClips(text: string, clips: ClipToShow[], rangeOf: RangeOf): ShownClips {
  const ranges = new Map<string, Range>();
  const missing: string[] = [];
  for (const clip of clips) {
    const at = findAnchor(text, clip.anchor);
    const range = at ? rangeOf(at.start, at.end) : null;
    if (range) ranges.set(clip.id, range);
    else missing.push(clip.id);
  }
  if (ranges.size > 0) CSS.highlights.set(CLIP_HIGHLIGHT, new Highlight(...ranges.values()));
  else CSS.highlights.delete(CLIP_HIGHLIGHT);
  return { ranges, missing };
}
