// Where a council paper's numbering ends a restated list: committee reports number their paragraphs
// ("2.4 An improvement plan will be …") and sections ("6. Financial implications"), and a list of
// bullets, letters or "1)" items sits inside one paragraph, so the next paragraph's number is not an item.
import { BARE_MARKER, ITEM_MARKER, isHeadingLike } from './recommendation-rules';

export type MarkerKind = 'bullet' | 'number' | 'decimal' | 'subdecimal' | 'letter';

/** The kind of the marker that opens `line` ("•", "3.", "2.1", "2.3.1", "b)"), alone on it or not; null when none does. */
export function markerKind(line: string): MarkerKind | null {
  const marker = (ITEM_MARKER.exec(line) ?? BARE_MARKER.exec(line))?.[0].trimStart();
  if (marker === undefined) return null;
  if (/^\d{1,2}\.\d{1,2}\.\d/.test(marker)) return 'subdecimal';
  if (/^\d{1,2}\.\d/.test(marker)) return 'decimal';
  if (/^\(?\d/.test(marker)) return 'number';
  return /^\(?[a-z]{1,4}[.)]/i.test(marker) ? 'letter' : 'bullet';
}

interface ListState {
  /** the marker kind of the list's first item */
  kind: MarkerKind | null;
  lastNumber: number | null;
  items: number;
}

/**
 * Does `line` (with a marker) start the paper's next paragraph or section rather than the list's next
 * item? A decimal paragraph number after items of another kind ("2.4 …" after bullets or "2.3.1" items), or a numbered
 * heading whose number does not run on from the items' ("6. Financial implications" after "1)", "2)").
 */
export function endsPaperList(list: ListState, line: string, number: string | undefined): boolean {
  if (list.items === 0 || list.kind === null) return false;
  const kind = markerKind(line);
  if (kind === 'decimal') return list.kind !== 'decimal';
  return (
    kind === 'number' &&
    list.lastNumber !== null &&
    Number(number) !== list.lastNumber + 1 &&
    isHeadingLike(line.trim().replace(ITEM_MARKER, ''))
  );
}
