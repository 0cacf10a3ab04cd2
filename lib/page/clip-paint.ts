// Saved clips painted again in a page or PDF: each anchor is looked for in the current text; the
// ones that cannot be found are listed, never dropped.
import { findAnchor, type TextAnchor } from '../model/anchor';
import type { ClipMarks } from './clip-marks';
import { paintFocus, type RangeOf } from './paint';

/** The viewer's clip highlight. Web pages never use it: CSS.highlights is readable by page scripts
 * there, so clips on web pages are drawn in the closed shadow root instead (clip-marks.ts). */
export const CLIP_HIGHLIGHT = 'lens-clip';

export interface ClipToShow {
  id: string;
  anchor: TextAnchor;
}

export interface ShownClips {
  ranges: Map<string, Range>;
  missing: string[];
}

/** Finds each clip's anchor in `text`: the ranges of those found (by clip id) and the missing ids. */
export function locateClips(text: string, clips: ClipToShow[], rangeOf: RangeOf): ShownClips {
  const ranges = new Map<string, Range>();
  const missing: string[] = [];
  for (const clip of clips) {
    const at = findAnchor(text, clip.anchor);
    const range = at ? rangeOf(at.start, at.end) : null;
    if (range) ranges.set(clip.id, range);
    else missing.push(clip.id);
  }
  return { ranges, missing };
}

/** Extension pages only (the PDF viewer): clips under one highlight, the one moved to under
 * lens-focus. Same interface as the closed-shadow-root marks web pages use (clip-marks.ts). */
export function highlightClipMarks(): ClipMarks {
  let ranges = new Map<string, Range>();
  return {
    draw(next) {
      ranges = next;
      if (ranges.size > 0) CSS.highlights.set(CLIP_HIGHLIGHT, new Highlight(...ranges.values()));
      else CSS.highlights.delete(CLIP_HIGHLIGHT);
    },
    focus: (id) => paintFocus((id && ranges.get(id)) || null),
    clear() {
      ranges = new Map();
      CSS.highlights.delete(CLIP_HIGHLIGHT);
    },
  };
}
