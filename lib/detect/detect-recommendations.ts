// Finds recommendation lists under their headings or lead-ins, and the items in them.
import type { Recommendation, RecommendationSource } from '../model/findings';
import {
  AREAS_TO_IMPROVE_LEAD_IN,
  BARE_MARKER,
  COMMITTEE_LEAD_IN,
  DEADLINE_LINE,
  DEADLINE_RUN_IN,
  ITEM_MARKER,
  LEAD_IN,
  NAMED_LIST_LEAD_IN,
  RESOLVED_LEAD_IN,
  SPOKEN_LEAD_IN,
  headingOverItem,
  headingRules,
  isHeadingLike,
} from './recommendation-rules';
import {
  isBlank,
  LA_SECTION,
  nextFilled,
  LSCB_SECTION,
  sectionHeadingAbove,
  sourceOf,
  sourceOfLeadIn,
  splitLines,
  type Line,
  type RecommendationContext,
} from './recommendation-source';
import { endsSentence, trimSpan } from './text-util';
import { isSubheading, markerNumber } from './topic-subheading';
import { listOpenerLines } from './list-openers';

export type { RecommendationContext };

interface OpenList {
  source: RecommendationSource;
  deadline: string | null;
  lscb: boolean;
  /** opened by a heading (not a lead-in): a council's "That the report be received." needs no bullet */
  fromHeading: boolean;
  /** number of the last numbered item, so a sub-heading is only crossed when numbering runs on */
  lastNumber: number | null;
  /** items read since the list opened: a topic sub-heading may come straight after the heading */
  items: number;
}

/** The item that starts at line i: its marker-less span, running until the next item, label or gap. */
function readItem(lines: Line[], i: number, text: string, lead?: number): { start: number; end: number; next: number } {
  const marker = ITEM_MARKER.exec(lines[i]!.text);
  const start = lines[i]!.start + (lead ?? (marker ? marker[0].length : 0));
  let j = i + 1;
  let end = lines[i]!.end;
  while (j < lines.length) {
    const line = lines[j]!;
    if (isBlank(line)) {
      // A paragraph gap ends the item unless the sentence plainly runs on in lower case.
      const after = nextFilled(lines, j);
      if (after === lines.length || endsSentence(text, start, end) || !/^[a-z]/.test(lines[after]!.text.trim())) break;
      j = after;
      continue;
    }
    if (
      ITEM_MARKER.test(line.text) ||
      BARE_MARKER.test(line.text) ||
      DEADLINE_LINE.test(line.text) ||
      DEADLINE_RUN_IN.test(line.text) ||
      matchHeading(line.text) ||
      /^#+\s/.test(line.text) ||
      headingOverItem(lines, j, text, start, end) ||
      proseAfterItem(lines, j, text, start)
    )
      break;
    end = line.end;
    j++;
  }
  return { ...trimSpan(text, { start, end }), next: j };
}

/**
 * Minutes break lines mid-sentence, so an item runs over lines; a line opening a new sentence after
 * a wrapped item that began in lower case ("(4) the views … be received … by the" / "Executive
 * Director." / "In presenting the report, …") is the minutes' prose again, not the item's.
 */
function proseAfterItem(lines: Line[], j: number, text: string, start: number): boolean {
  return /^[a-z]/.test(text.slice(start, start + 1)) && /\.["'’”)]?\s*$/.test(lines[j - 1]!.text) && /^\s*[A-Z]/.test(lines[j]!.text);
}

function matchHeading(line: string): (typeof headingRules)[number] | undefined {
  const trimmed = line.trim();
  // Bold markers are rare: the line is copied only when it has them.
  const clean = trimmed.startsWith('**') || trimmed.endsWith('**') ? trimmed.replace(/^\*\*|\*\*$/g, '') : trimmed;
  return headingRules.find((r) => r.pattern.test(clean));
}

const DEADLINE_IN_ITEM =
  /\b(?:within (?:one|two|three|six|twelve|\d+) months|immediately|by (?:the end of )?[A-Z][a-z]+ (?:19|20)\d\d|at its [A-Z][a-z]+ (?:19|20)\d\d meeting|within six, then 12 months)\b/;

/** Every recommendation in list form, in document order. */
export function detectListRecommendations(text: string, ctx: RecommendationContext): Recommendation[] {
  const lines = splitLines(text);
  const out: Recommendation[] = [];
  let list: OpenList | null = null;
  let inLscb = false;
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
    if (LSCB_SECTION.test(trimmed) && !/\t\d+$/.test(trimmed)) inLscb = true;
    else if (LA_SECTION.test(trimmed)) inLscb = false;
    const heading = matchHeading(trimmed);
    if (heading) {
      const context = lines
        .slice(Math.max(0, i - 6), i + 4)
        .map((l) => l.text)
        .join(' ');
      list = {
        source: sourceOf(trimmed, context, ctx, heading.source),
        deadline: null,
        lscb: inLscb && ctx.kind === 'inspection',
        fromHeading: true,
        lastNumber: (list as OpenList | null)?.lastNumber ?? null,
        items: 0,
      };
      continue;
    }
    // A lead-in opens its own list, also inside another ("The key areas for improvement identified by Ofsted were:").
    // LEAD_IN ends in a colon: the line's last character is tested before it runs. The committee's
    // lead-ins ("That the Council:", "RESOLVED to;") are anchored to the line's start or end.
    const committee = COMMITTEE_LEAD_IN.test(trimmed) || RESOLVED_LEAD_IN.test(trimmed);
    const leadIn =
      (trimmed.endsWith(':') && (LEAD_IN.test(trimmed) || SPOKEN_LEAD_IN.test(trimmed) || NAMED_LIST_LEAD_IN.test(trimmed))) ||
      (/[–—]$/.test(trimmed) && LEAD_IN.test(trimmed));
    // A lead-in may close a paragraph's line ("… must be undertaken.  The areas identified … comprised –").
    // Its pattern ends in a colon or a dash, so only such a line is split into sentences and tried.
    const areas = !committee && /[:\-–—]$/.test(trimmed) && AREAS_TO_IMPROVE_LEAD_IN.test(lastSentence(trimmed));
    if ((leadIn || committee || areas) && !ITEM_MARKER.test(line.text)) {
      const context = lines
        .slice(Math.max(0, i - 8), i + 1)
        .map((l) => l.text)
        .join(' ');
      const said = sourceOfLeadIn(sectionHeadingAbove(lines, i), context, ctx);
      list = {
        // Areas to improve are an inspection's unless a review or commissioner is named.
        source: committee ? 'committee' : areas && said === 'committee' ? 'inspection' : said,
        deadline: null,
        lscb: false,
        fromHeading: false,
        lastNumber: null,
        items: 0,
      };
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
      if (!isIntro(trimmed) && !isSubheading(lines, i, list.lastNumber, list.items === 0)) list = null;
      continue;
    }
    const number = markerNumber(line.text);
    // "2. Recommendations" / "Members note …" / "3. Link to Corporate Plan": a numbered heading after
    // unnumbered items is the paper's next section, not an item.
    if (number && list.lastNumber === null && list.items > 0 && isHeadingLike(trimmed.replace(ITEM_MARKER, ''))) {
      list = null;
      continue;
    }
    list.lastNumber = number ? Number(number) : null;
    list.items++;
    const item = readItem(lines, first, text, runIn ? runIn[0].length : undefined);
    // The closing quotation mark of a quoted resolution (“That the Council: … services.”) is not the item's.
    if (/[.;]["”]$/.test(text.slice(item.end - 2, item.end))) item.end--;
    const quote = text.slice(item.start, item.end);
    if (quote.length >= 12 && /[a-z]/.test(quote) && !isIntro(quote)) {
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

/** The line's last sentence: after its last stop and blanks before a capital (the whole line when none). */
function lastSentence(line: string): string {
  const stops = [...line.matchAll(/[.!?]["'’”)]?\s+(?=["'‘“]?[A-Z])/g)];
  const last = stops[stops.length - 1];
  return last ? line.slice(last.index + last[0].length) : line;
}

const isIntro = (line: string) => /(?:following action\.?|asked to:?|following:|including(?: that)?:)\s*$/i.test(line);
const isCommitteeAction = (line: string) =>
  /^(?:that\b|note|agree|approve|request|receive|endorse|consider|comment|cabinet|council|(?:the )?members\b|the (?:panel|committee|board|cabinet))/i.test(
    line,
  );
