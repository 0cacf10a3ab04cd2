// Topic sub-headings inside a numbered recommendation list, and the number of an item's marker.
import { BARE_MARKER, ITEM_MARKER, isHeadingLike } from './recommendation-rules';
import { isBlank, type Line } from './recommendation-source';

const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
export const markerNumber = (line: string) => ITEM_MARKER.exec(line)?.[1] ?? BARE_MARKER.exec(line)?.[1];

/**
 * A short heading inside a numbered list ("Help and protection") after which the numbering runs on,
 * or, straight after the list's heading, before its first numbered item (SIF 2014–15 reports group
 * their recommendations under topic sub-headings; a page number may sit between heading and item).
 */
export function isSubheading(lines: Line[], i: number, lastNumber: number | null, first: boolean): boolean {
  if ((lastNumber === null && !first) || lines[i]!.text.startsWith('#')) return false;
  // A topic is at most 50 characters, so the paragraph is read no further than that.
  let end = i;
  let length = lines[i]!.text.length;
  // A number on the next line (alone or before the item: pdftotext) starts the item, not the topic's second line.
  const goesOn = (k: number) =>
    k < lines.length && !isBlank(lines[k]) && !BARE_MARKER.test(lines[k]!.text) && !ITEM_MARKER.test(lines[k]!.text);
  while (goesOn(end + 1) && length <= 50) length += lines[++end]!.text.length + 1;
  if (length > 50) return false;
  const paragraph = lines
    .slice(i, end + 1)
    .map((l) => l.text)
    .join('\n');
  // At most 11 lines on (blank lines and a page number between heading and item).
  const next = lines.slice(end + 1, end + 12).find((l) => !isBlank(l) && !PAGE_NUMBER.test(l.text));
  const nextNumber = next ? markerNumber(next.text) : undefined;
  // Topic sub-headings are a bare area name; section headings that also run the numbering on are not.
  const isTopic =
    paragraph.length <= 50 && !/findings|summary|information|inspection|judgement|strengths|weaknesses/i.test(paragraph);
  const runsOn = lastNumber === null ? nextNumber !== undefined : Number(nextNumber) === lastNumber + 1;
  return isHeadingLike(paragraph) && isTopic && runsOn;
}
