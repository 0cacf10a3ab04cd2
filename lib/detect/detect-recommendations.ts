// Finds recommendation lists under their headings or lead-ins, and the items in them.
import type { Recommendation } from '../model/findings';
import { BARE_MARKER, DEADLINE_LINE, DEADLINE_RUN_IN, ITEM_MARKER, isHeadingLike } from './recommendation-rules';
import { isBlank, LA_SECTION, LSCB_SECTION, linesOf, type RecommendationContext } from './recommendation-source';
import { isSubheading, markerNumber } from './topic-subheading';
import { trimSpan } from './text-util';
import { DEADLINE_IN_ITEM, isAreaTitle, readItem, statesNone } from './list-items';
import { unmarkedRun } from './unmarked-items';
import { openList, type OpenList } from './list-openings';
import { listOpenerLines } from './list-openers';
import { endsPaperList, markerKind } from './paper-list-end';

export type { RecommendationContext };

/** Every recommendation in list form, in document order. */
export function detectListRecommendations(text: string, ctx: RecommendationContext): Recommendation[] {
  const lines = linesOf(text);
  const out: Recommendation[] = [];
  let list: OpenList | null = null;
  let inLscb = false;
  /** line of the last safeguarding board section heading, or -Infinity */
  let lscbHeading = -Infinity;
  const openers = listOpenerLines(lines);
  let nextOpener = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!list) {
      // No list open: only a heading, a lead-in or a section line matters; go straight to the next one.
      while (nextOpener < openers.length && openers[nextOpener]! < i) nextOpener++;
      if (nextOpener === openers.length) break;
      i = openers[nextOpener]!;
    }
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (trimmed === '') continue; // no heading, label or item: skip a page of blank lines cheaply
    if (LSCB_SECTION.test(trimmed) && !/\t\d+$/.test(trimmed)) {
      inLscb = true;
      lscbHeading = i;
    } else if (LA_SECTION.test(trimmed) && !isBoardOwnSummary(lines, lscbHeading, i)) inLscb = false;
    const opened = openList(lines, i, ctx, inLscb, list);
    if (opened) {
      list = opened;
      continue;
    }
    if (!list || isBlank(line)) continue;
    const deadline = DEADLINE_LINE.exec(line.text);
    if (deadline) {
      list.deadline = deadline[1]!.toLowerCase().replace(/\s+/g, ' ');
      continue;
    }
    // "Immediatelyimprove the …": the label and the first item on one line.
    const runIn = DEADLINE_RUN_IN.exec(line.text);
    if (runIn) list.deadline = runIn[1]!.toLowerCase().replace(/\s+/g, ' ');
    // pdftotext puts a list marker on a line of its own ("1." then a blank line, then the item).
    let first = i;
    const bare = BARE_MARKER.exec(line.text);
    if (bare) {
      const next = lines.findIndex((l, k) => k > i && k <= i + 3 && !isBlank(l));
      if (next < 0 || ITEM_MARKER.test(lines[next]!.text) || BARE_MARKER.test(lines[next]!.text)) continue;
      first = next;
    }
    if (!bare && !runIn && !ITEM_MARKER.test(line.text) && !(list.fromHeading && isCommitteeAction(trimmed))) {
      // An introduction ("…should take the following action.") or a sub-heading over more items keeps
      // the list open; anything else ends it.
      if (isIntro(trimmed) || isSubheading(lines, i, list.lastNumber, list.items === 0)) continue;
      const run = list.items === 0 && list.unmarked ? unmarkedRun(lines, list.opener, i) : [];
      for (const k of run) out.push(listItem(lines[k]!, text, list));
      if (run.length > 0) i = run[run.length - 1]!;
      list = null;
      continue;
    }
    const number = markerNumber(line.text);
    // "2. Recommendations" / "Members note …" / "3. Link to Corporate Plan": a numbered heading after
    // unnumbered items is the paper's next section, not an item.
    if (
      (number && list.lastNumber === null && list.items > 0 && isHeadingLike(trimmed.replace(ITEM_MARKER, ''))) ||
      (ctx.kind !== 'inspection' && endsPaperList(list, line.text, number))
    ) {
      list = null;
      continue;
    }
    if (list.items === 0) list.kind = markerKind(line.text);
    list.lastNumber = number ? Number(number) : null;
    list.items++;
    const item = readItem(lines, first, text, runIn ? runIn[0].length : undefined);
    // The closing quotation mark of a quoted resolution (“That the Council: … services.”) is not the item's.
    if (/[.;]["”]$/.test(text.slice(item.end - 2, item.end))) item.end--;
    const quote = text.slice(item.start, item.end);
    // "- Experiences of children in care and care leavers." / "While …": a graded area's title, then the paper's prose.
    const areaTitle = ctx.kind !== 'inspection' && isAreaTitle(text.slice(item.start, Math.min(item.end, lines[first]!.end)));
    if (quote.length >= 12 && /[a-z]/.test(quote) && !isIntro(quote) && !areaTitle && !statesNone(quote)) {
      const inline = DEADLINE_IN_ITEM.exec(quote);
      out.push({
        ruleId: 'list-item',
        quote,
        start: item.start,
        end: item.end,
        deadline: list.deadline ?? (inline ? inline[0] : null),
        source: list.source,
        section: list.lscb ? 'lscb' : null,
      });
    }
    i = item.next - 1;
  }
  return out;
}

/** An unmarked list's line as one item, without a closing stop or semicolon. */
function listItem(line: { start: number; end: number }, text: string, list: OpenList): Recommendation {
  const span = trimSpan(text, line);
  if (/[;,]$/.test(text.slice(span.start, span.end))) span.end--;
  const quote = text.slice(span.start, span.end);
  const inline = DEADLINE_IN_ITEM.exec(quote);
  return {
    ruleId: 'unmarked-item',
    quote,
    ...span,
    deadline: list.deadline ?? (inline ? inline[0] : null),
    source: list.source,
    section: null,
  };
}

const isIntro = (line: string) => /(?:following action\.?|asked to:?|following:|including(?: that)?:)\s*$/i.test(line);
const isCommitteeAction = (line: string) =>
  /^(?:that\b|note|agree|approve|request|receive|endorse|consider|comment|cabinet|council|(?:the )?members\b|the (?:panel|committee|board|cabinet))/i.test(
    line,
  );

/** Lines with text that a board section's own "Executive summary" may follow its heading by: the
 * heading and the board's judgement line (SIF reports of 2015–17: "The Local Safeguarding Children
 * Board (LSCB)" / "The Local Safeguarding Children Board requires improvement" / "Executive summary"). */
const BOARD_SUMMARY_REACH = 3;

/** Is line `i`, an executive summary heading, the safeguarding board's own, close under the board's
 * section heading at line `heading`? Reads at most BOARD_SUMMARY_REACH filled lines back. */
function isBoardOwnSummary(lines: { text: string }[], heading: number, i: number): boolean {
  if (!/^executive summary/i.test(lines[i]!.text.trim()) || i - heading > 12) return false;
  let filled = 0;
  for (let k = heading + 1; k < i; k++) if (lines[k]!.text.trim() !== '') filled++;
  return filled < BOARD_SUMMARY_REACH;
}
