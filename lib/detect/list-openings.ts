// What opens a recommendation list as the list reader (detect-recommendations.ts) walks a document's
// lines: a heading ("What needs to improve?", "Areas for improvement"), a lead-in ending in a colon or
// dash ("Ofsted identified the following areas for improvement:", "The report recommends that the
// council:") or a committee's ("That the Council:", "RESOLVED to;"); and whose recommendations follow.
import type { RecommendationSource } from '../model/findings';
import {
  AREAS_TO_IMPROVE_LEAD_IN,
  COMMITTEE_LEAD_IN,
  ITEM_MARKER,
  LEAD_IN,
  NAMED_LIST_LEAD_IN,
  REPORT_ASKS_LEAD_IN,
  RESOLVED_LEAD_IN,
  SPOKEN_LEAD_IN,
  WHAT_NEEDS_LEAD_IN,
} from './recommendation-rules';
import { ANAPHORIC_LEAD_IN, DEMAND_BEFORE } from './anaphoric-lead-in';
import { sectionHeadingAbove, sourceOf, sourceOfLeadIn, type Line, type RecommendationContext } from './recommendation-source';
import { matchHeading } from './list-items';
import type { MarkerKind } from './paper-list-end';

export interface OpenList {
  source: RecommendationSource;
  deadline: string | null;
  lscb: boolean;
  /** opened by a heading (not a lead-in): a council's "That the report be received." needs no bullet */
  fromHeading: boolean;
  /** number of the last numbered item, so a sub-heading is only crossed when numbering runs on */
  lastNumber: number | null;
  /** marker kind of the first item ("•", "1.", "2.1", "a)"), null before it or when it had none */
  kind: MarkerKind | null;
  /** items read since the list opened: a topic sub-heading may come straight after the heading */
  items: number;
  /** line of the heading or lead-in, and whether items there may have lost their markers (papers) */
  opener: number;
  unmarked: boolean;
}

/** A council paper's paragraph number before its text: "2.1 ", "3.2.1. ", "4. ", "4) ". */
const PARAGRAPH_NUMBER = /^\d{1,2}(?:(?:\.\d{1,2}){1,3}\.?|[.)])[ \t]+/;

const around = (lines: Line[], from: number, to: number) =>
  lines
    .slice(Math.max(0, from), to)
    .map((l) => l.text)
    .join(' ');

/**
 * The list line i opens, or null when it opens none. `prev` is the list open before it (a heading
 * keeps its numbering, so topic sub-headings are crossed only where numbers run on); `inLscb`: the
 * line is in an inspection report's LSCB section.
 */
export function openList(lines: Line[], i: number, ctx: RecommendationContext, inLscb: boolean, prev: OpenList | null): OpenList | null {
  const line = lines[i]!;
  const trimmed = line.text.trim();
  const heading = matchHeading(trimmed);
  if (heading) {
    return {
      source: sourceOf(trimmed, around(lines, i - 6, i + 4), ctx, heading.source),
      deadline: null,
      lscb: inLscb && ctx.kind === 'inspection',
      fromHeading: true,
      lastNumber: prev?.lastNumber ?? null,
      kind: null,
      items: 0,
      opener: i,
      // A paper's areas for improvement or for priority action may be copied with their markers lost.
      unmarked:
        ctx.kind !== 'inspection' &&
        (heading.id === 'ilacs-what-needs-to-improve' ||
          heading.id === 'inspectorate-recommendations-heading' ||
          heading.id === 'areas-for-improvement'),
    };
  }
  // A lead-in opens its own list, also inside another ("The key areas for improvement identified by Ofsted were:").
  // LEAD_IN ends in a colon: the line's last character is tested before it runs. The committee's
  // lead-ins ("That the Council:", "RESOLVED to;") are anchored to the line's start or end.
  const committee = COMMITTEE_LEAD_IN.test(trimmed) || RESOLVED_LEAD_IN.test(trimmed);
  // A paper's numbered paragraph ("2.1 Ofsted identified the following areas for improvement:") is read without its number.
  const body = ctx.kind === 'inspection' ? trimmed : trimmed.replace(PARAGRAPH_NUMBER, '');
  const leadIn = isLeadIn(body);
  // A lead-in may close a paragraph's line ("… must be undertaken.  The areas identified … comprised –").
  // Its pattern ends in a colon or a dash, so only such a line is split into sentences and tried.
  const areas = !committee && /[:\-–—]$/.test(body) && AREAS_TO_IMPROVE_LEAD_IN.test(lastSentence(body));
  // "These are:" after a sentence saying what Ofsted wants improved: the list is that sentence's.
  const anaphoric = !(leadIn || committee || areas) && isAnaphoricLeadIn(lines, i, body);
  // A paper's numbered section may open its decisions ("3.  The Executive is asked to") or restate an
  // inspection's list; in a report, other numbered lines are items.
  if (!(leadIn || committee || areas || anaphoric) || (ITEM_MARKER.test(line.text) && !committee && body === trimmed)) return null;
  const said = sourceOfLeadIn(sectionHeadingAbove(lines, i), around(lines, i - 8, i + 1), ctx);
  // Areas to improve, and what "the report" asks of the council, are an inspection's unless a review is named.
  const inspection = areas || anaphoric || REPORT_ASKS_LEAD_IN.test(body) || WHAT_NEEDS_LEAD_IN.test(body);
  return {
    source: committee ? 'committee' : inspection && said === 'committee' ? 'inspection' : said,
    deadline: null,
    lscb: false,
    fromHeading: false,
    lastNumber: null,
    kind: null,
    items: 0,
    opener: i,
    // Only a lead-in that is its line's own last sentence: "… are outlined below:" after a grade is none.
    // Areas to improve are tried on the last sentence already ("… needed to improve included -").
    unmarked: ctx.kind !== 'inspection' && !committee && (areas || anaphoric || isLeadIn(lastSentence(body))),
  };
}

/**
 * "These are:", "They include:", "The report highlighted the following:" closing a line, when the
 * sentence before (on the line, or the last of the filled line above) says Ofsted wants work done
 * (DEMAND_BEFORE). Only a line ending in a colon is read.
 */
function isAnaphoricLeadIn(lines: Line[], i: number, trimmed: string): boolean {
  if (!trimmed.endsWith(':')) return false;
  const last = lastSentence(trimmed);
  if (!ANAPHORIC_LEAD_IN.test(last)) return false;
  let before = trimmed.slice(0, trimmed.length - last.length).trim();
  for (let k = i - 1; before === '' && k >= 0 && k >= i - 3; k--) before = lines[k]!.text.trim();
  return DEMAND_BEFORE.test(lastSentence(before.replace(/[.!]\s*$/, '')));
}

/** The line's last sentence: after its last stop and blanks before a capital (the whole line when none). */
function lastSentence(line: string): string {
  const stops = [...line.matchAll(/[.!?]["'’”)]?\s+(?=["'‘“]?[A-Z])/g)];
  const last = stops[stops.length - 1];
  return last ? line.slice(last.index + last[0].length) : line;
}

/** A line that ends by opening a list (LEAD_IN, SPOKEN_LEAD_IN, NAMED_LIST_LEAD_IN, REPORT_ASKS_LEAD_IN, WHAT_NEEDS_LEAD_IN; LEAD_IN also before a dash). */
function isLeadIn(line: string): boolean {
  return (
    (line.endsWith(':') &&
      (LEAD_IN.test(line) ||
        SPOKEN_LEAD_IN.test(line) ||
        NAMED_LIST_LEAD_IN.test(line) ||
        REPORT_ASKS_LEAD_IN.test(line) ||
        WHAT_NEEDS_LEAD_IN.test(line))) ||
    (/[–—]$/.test(line) && LEAD_IN.test(line))
  );
}
