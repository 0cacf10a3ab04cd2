// A list whose markers were lost: council web pages copied as text, and news items, print a list's
// items one per line with no bullet or number ("Ofsted identified the following areas for
// improvement:" / "the timeliness of assessments" / "management oversight"). Read only straight after
// a lead-in or an areas-for-improvement heading, and only when two lines or more have an item's shape,
// all spaced alike (each on the next line, or each after one blank line; items closed by a semicolon
// may be spaced by up to four), so prose after a lead-in is not read as a list.
import { ITEM_MARKER } from './recommendation-rules';
import { isBlank, type Line } from './recommendation-source';

/** Longest unmarked item, in characters: a longer line is a paragraph. */
const MAX_ITEM = 300;
/** A second sentence inside the line: a stop, then a capital. */
const TWO_SENTENCES = /[.!?]["'’”)]?\s+["'‘“(]?[A-Z]/;
/** Reported speech or a quotation: a news item's next paragraph, not an item. */
const SPEECH = /\b(?:said|says|added|told|explained|commented)\b|^["“‘'][A-Z]/;
/**
 * A finished statement, its verb within the first words ("The council has made progress."): a paragraph
 * after a list spaced by blank lines. A verb in a relative clause ("The response to children who are
 * privately fostered.") is an item's, not a statement's.
 */
const STATEMENT =
  /^[^\s,;]+(?:\s+(?!(?:who|which|that|whose|where|when)\b)[^\s,;]+){0,5}\s+(?:is|are|was|were|has|have|had|will|would|can|could)\b[^\n]*\.["'’”]?$/;

/** A paragraph opening with a connective or a finding ("However, …", "The report found …"): prose under a heading, not an item. */
const PROSE_OPENING =
  /^(?:(?:However|But|Also|Meanwhile|Moreover|Furthermore|In addition|Overall|Nevertheless|Finally|Instead)\b|(?:The|Its|Their)\s+(?:report|inspectors?|inspection)\s+(?:also\s+)?(?:found|noted|said|concluded|highlighted|exposed|identified)\b)/;
/** Minutes copied from a web page: items closed by a semicolon, spaced by up to this many blank lines, not always alike. */
const MAX_SEMICOLON_GAP = 4;

/** A table row flattened to a line: cells apart by a tab or a gutter, or a grade closing the line. */
const TABLE_ROW = /\t| {2,}\S|\b(?:outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?|grade \d)\s*$/i;

/** Can `line` be an unmarked item? Spaced-out items may not be finished statements. */
function itemShaped(line: string, spaced: boolean): boolean {
  // A closing reference in brackets ("(Outcome 3, national framework)") is no second sentence.
  const t = line.trim().replace(/\s*\([^()\n]{1,80}\)\.?$/, '');
  if (t.length < 5 || t.length > MAX_ITEM || ITEM_MARKER.test(line) || /[:–—]$/.test(t) || /^#/.test(t)) return false;
  if (TWO_SENTENCES.test(t) || SPEECH.test(t) || TABLE_ROW.test(t) || PROSE_OPENING.test(t)) return false;
  return !(spaced && STATEMENT.test(t));
}

/** Blank lines between line `from` and the next filled line; and that line's index. */
function gapAfter(lines: Line[], from: number): { blanks: number; next: number } {
  let k = from + 1;
  while (k < lines.length && isBlank(lines[k])) k++;
  return { blanks: k - from - 1, next: k };
}

/**
 * The lines of an unmarked list whose lead-in or heading is line `opener`, starting at line `first`
 * (the first filled line after it): two or more item-shaped lines, all spaced alike (no blank line
 * between, or one blank line each). Empty when the lines after the lead-in are not such a list.
 * O(lines read).
 */
export function unmarkedRun(lines: Line[], opener: number, first: number): number[] {
  const lead = gapAfter(lines, opener);
  const semicolon = (i: number) => /;\s*$/.test(lines[i]!.text);
  if (lead.next !== first || lead.blanks > (semicolon(first) ? MAX_SEMICOLON_GAP : 2)) return [];
  const out: number[] = [];
  let spacing: number | null = null;
  for (let i = first; i < lines.length;) {
    if (!itemShaped(lines[i]!.text, (spacing ?? lead.blanks) > 0)) break;
    out.push(i);
    const gap = gapAfter(lines, i);
    if (gap.next >= lines.length) break;
    // "reducing caseloads;" then three blank lines: a semicolon closes the item, however the page spaced it.
    if (semicolon(i) && gap.blanks <= MAX_SEMICOLON_GAP) {
      i = gap.next;
      continue;
    }
    if (gap.blanks > 1 || (spacing !== null && gap.blanks !== spacing)) break;
    spacing = gap.blanks;
    i = gap.next;
  }
  return out.length >= 2 ? out : [];
}
