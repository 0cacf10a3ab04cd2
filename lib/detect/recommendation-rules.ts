// Recommendation headings, deadline labels and list markers, as data with their own examples.
import type { RecommendationSource } from '../model/findings';
import type { Line } from './recommendation-source';
import { ASKER, NOT_ASKING, WANT } from './inspectorate-asks';
import { endsSentence } from './text-util';
import { INSPECTORATE_RECOMMENDATIONS_HEADING } from './inspectorate-headings';

export { NAMED_LIST_LEAD_IN, WHAT_NEEDS_LEAD_IN } from './inspectorate-headings';

export interface HeadingRule {
  id: string;
  pattern: RegExp;
  /** who makes the recommendations listed under it; null: decided by the document and context */
  source: RecommendationSource | null;
  examples: { match: string[]; miss: string[] };
}

/** A whole line that opens a list of recommendations. */
export const headingRules: HeadingRule[] = [
  {
    id: 'ilacs-what-needs-to-improve',
    pattern: /^(?:#+\s*)?what (?:(?:still )?needs to improve|improvements? (?:are|is) (?:still )?(?:needed|required))(?: in [^\n]{3,80})?\??\d?:?$/i,
    source: 'inspection',
    examples: {
      match: ['What needs to improve?', 'What needs to improve?1', 'What improvements are still needed?'],
      miss: ['What needs to improve?\t6', 'What improvements have been made?'],
    },
  },
  {
    id: 'sif-need-to-improve',
    pattern: /^(?:#+\s*)?what does the (?:local authority|LSCB|local safeguarding children board|board) need to improve\??$/i,
    source: 'inspection',
    examples: {
      match: ['What does the local authority need to improve?'],
      miss: ['What does the local authority need to improve?\t6'],
    },
  },
  {
    id: 'areas-for-improvement',
    pattern:
      /^(?:#+\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:areas? for (?:improvement|development|priority action)|priority and immediate action|areas for priority action)\s*:?$/i,
    source: null,
    examples: {
      match: ['Areas for improvement', 'Priority and immediate action', 'Areas for priority action'],
      miss: ['Areas for improvement were discussed with staff.'],
    },
  },
  {
    id: 'recommendations-heading',
    pattern:
      /^(?:#+\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:\*\*)?(?:conclusions? and )?recommendations?(?: to (?:the )?[a-z ]{3,40})?(?:\*\*)?\s*:?$/i,
    source: null,
    examples: {
      match: ['Recommendations', '#### 2 RECOMMENDATION', '15. Conclusion and Recommendation', 'Recommendation'],
      miss: ['Recommendations\t8', 'Recommendations from 2012 not addressed;'],
    },
  },
  INSPECTORATE_RECOMMENDATIONS_HEADING,
];

/** Deadline labels inside a list: "Immediately:", "Within three months:". */
export const DEADLINE_LINE =
  /^\s*(?:[-•*]\s*)?(immediately|within\s+(?:one|two|three|four|six|nine|twelve|\d+)\s+months?)\s*(?::\s*)?$/i;

/**
 * A deadline label run into its first item, as some PDFs join a label cell and the item beside it
 * with no space ("Immediatelyimprove the …", "Within three monthsensure …") or a line gives both
 * ("Immediately: improve …"). Group 1: the deadline; the item starts after the match.
 */
export const DEADLINE_RUN_IN =
  /^\s*(?:[-•*]\s*)?(immediately|within\s+(?:one|two|three|four|six|nine|twelve|\d+)\s+months?)(?:\s*:\s*|(?=[a-z]))(?=[a-z])/i;

/** The lead-in that opens a list in prose: "They made a number of recommendations, including that:", "Areas that
 * still need to improve include:", "The report’s recommendations are listed below:", a committee's "That the Council:". */
export const LEAD_IN =
  /\b(?:(?:recommendations?|areas? (?:for|of) (?:improvement|development|concern|priority action)|areas? (?:that |which )?(?:still )?(?:needs? )?to improve|areas? (?:where|in which|identified|highlighted|noted)\b[^\n:]{0,80}?\b(?:to improve|improvement|requiring improvement|development|priority action)|improvements? needed)\b[^\n:]{0,200}\b(?:including(?: that)?|as follows|are|were|include|included|comprised?|that|identified|inspection|improvement|(?:set out|listed|summarised|summarized|shown|outlined|detailed) below)|(?:is|are) (?:asked|recommended) to|recommended that)[ \t]*[:–—][ \t]*$/i;

/**
 * A lead-in naming the inspectorate and what it asks, in any words: "Ofsted identified the following
 * areas for improvement:", "The inspectors said the council needs to improve:", "Ofsted has asked the
 * council to:", "The areas Ofsted said need to improve are:", "The watchdog said improvements need to be made,
 * including:" (word classes: inspectorate-asks.ts). Council papers and news restating an
 * inspection's recommendations. The inspectorate comes before what it asks ("In line with the recommendations
 * set out in the Ofsted report, the Commissioner is expected to take the following steps:" is none), and
 * neither is a list of what it praised ("Inspectors credited leaders for the improvements which include:",
 * "Ofsted highlighted the following improvements since the last inspection:").
 */
export const SPOKEN_LEAD_IN = new RegExp(
  String.raw`^(?![^\n]{0,200}\b(?:${NOT_ASKING})\b)(?=[^\n]{0,200}?\b(?:${ASKER})\b[^\n]{0,160}?\b(?:${WANT})\b)[^\n]{5,200}:[ \t]*$`,
);

/**
 * A line that names areas or aspects to improve and ends by opening a list, with a colon or a dash:
 * "Five areas needing improvement were highlighted in the report:", "The key areas that the Council
 * needed to improve included -", "Aspects which still require development are:", "On areas where the
 * council can do better, the report listed:". Council papers and news restating an inspection's areas
 * for improvement. Progress already made ("areas that have improved", "improvements made since the last
 * inspection"), strengths and the council's own plan ("The improvement plan covers areas for
 * development:") open none.
 */
export const AREAS_TO_IMPROVE_LEAD_IN =
  /^(?![^\n]{0,300}\b(?:been\s+made|made\s+since|since\s+the\s+last|strengths?|(?:improvement|action|service|council[’']s)\s+plan)\b)[^\n]{0,120}?\b(?:areas?|aspects?|priorities)\b[^\n:]{0,120}?\b(?:improve(?![ds])|improvements?(?!\s+(?:made|seen|achieved))|improving|development|strengthening|(?:need(?:s|ed|ing)?|requir(?:e|es|ed|ing))\s+(?:further\s+)?(?:work|attention|action)|(?:can|could|must|should|needs?\s+to)\s+do\s+better)\b[^\n:]{0,120}(?::|[ \t][-–—])[ \t]*$/i;

/**
 * "The report recommends that the council:", "Ofsted's report said the local authority should:": the
 * inspection's report or letter (not "This report", the paper itself) asking the authority (not Cabinet or a
 * committee) to act. Council papers and news restating an inspection's recommendations.
 */
export const REPORT_ASKS_LEAD_IN =
  /^(?:The|Ofsted[’']s|Its|Their)\s+(?:(?:inspection|final|full|published|judgement|monitoring(?:\s+visit)?)\s+)?(?:report|letter)\s+(?:also\s+)?(?:recommends|recommended|asks|asked|says|said|states|stated|notes|noted|concludes|concluded)\s+(?:that\s+)?(?:the\s+(?:(?:county|city|borough)\s+)?(?:council|local\s+authority|authority|partnership)|(?:senior\s+)?leaders|partners|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+Council)(?:\s+(?:should|must|needs?\s+to))?(?:\s+(?:to|take\s+action\s+to))?[ \t]*:[ \t]*$/;

/**
 * A lead-in that opens the committee's own resolutions ("That the Council:", "3. The Executive is asked
 * to", the paper's numbered decisions with or without a colon), whatever the context says.
 */
export const COMMITTEE_LEAD_IN =
  /^[“"]?That (?:the )?(?:Council|Committee|Cabinet|Board|Panel|Executive|Members)(?: be asked to)?[ \t]*:[ \t]*$|^(?:\d{1,2}\.?[ \t]+)?(?:The[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){0,3}(?:Council|Committee|Cabinet|Board|Panel|Executive|Members|Forum)[ \t]+(?:is|are)[ \t]+(?:asked|recommended|requested)[ \t]+to[ \t]*:?[ \t]*$/i;

/**
 * Minutes' "The Leader and Cabinet, RESOLVED to;", "The Committee resolved:" or "the Mayor agreed that:":
 * the committee's own numbered resolutions follow.
 */
export const RESOLVED_LEAD_IN =
  /\b(?:RESOLVED|AGREED|DECIDED)(?:[ \t]+(?:to|that))?[ \t]*[;:–—-]?[ \t]*$|\b(?:resolved|agreed|decided)(?:[ \t]+(?:to|that))?[ \t]*[;:][ \t]*$/;

/**
 * A list item's marker ("-", "1.", "1)", "(1)", "2.1", "2.3.1", "a.", "(ii)", "ii.", "B.", "(B)", "➢", a sub-list's "o");
 * group 1 is the number when there is one. Capitals stop at H: "I." is more often a pronoun's line.
 */
export const ITEM_MARKER =
  /^[ \t]*(?:[-•◼▪■●◦○*·–➢►▶‣⁃o]|\(?(\d{1,3})[.)]|\d{1,2}(?:\.\d{1,2}){1,2}\.?|\(?[a-z]\)|[a-z]\.|\(?[ivx]{1,4}\)|[ivx]{2,4}\.|\(?[A-H]\)|[A-H]\.)[ \t]+(?:(?:\d{1,2}\.\d{1,2}|\d{1,3}\.)[ \t]+)?/;

/** A paragraph that is a heading: short, one to three lines, no closing punctuation. */
export function isHeadingLike(paragraph: string): boolean {
  const p = paragraph.trim();
  if (/^#+\s/.test(p)) return true;
  if (ITEM_MARKER.test(p) || p.length > 180 || p.split('\n').length > 3) return false;
  return !/[.;,:]$/.test(p) && /^[A-Z0-9‘“'"]/.test(p);
}

/** A list marker alone on its line; group 1 is the number. */
export const BARE_MARKER = /^[ \t]*(?:(\d{1,3})[.)]|[•●▪◼■]|\(?[a-z]\))[ \t]*$/;

/**
 * pdftotext (default order) sets a heading straight under the last item, with no blank line: a line
 * like a heading after a finished sentence, with a numbered line right under it, is not the item's.
 * Source: SIF 2013–15 reports, "Key strengths and weaknesses of the LSCB" under its areas for improvement.
 */
export function headingOverItem(lines: Line[], j: number, text: string, start: number, end: number): boolean {
  const next = lines[j + 1];
  if (!next || !(ITEM_MARKER.test(next.text) || BARE_MARKER.test(next.text))) return false;
  return lines[j]!.text.trim().length <= 80 && isHeadingLike(lines[j]!.text) && endsSentence(text, start, end);
}
