// Recommendations as council papers and minutes restate them in prose: run-in lists after a lead-in
// ("Areas for development: X, Y, and Z", "Some areas for improvement were identified which included
// X; Y; Z", "Amongst areas identified for further consideration were X"), one recommendation named
// in a sentence ("One recommendation was to …", "the Inspectors first recommendation, which
// suggested that …", "the need to …" in the inspection report), and the committee's own numbered or
// quoted resolutions ("1.  That the results … be noted.", “That the Committee have oversight …”).
import type { Recommendation, RecommendationSource } from '../model/findings';
import { detectProseDemands } from './prose-demands';
import { isSchoolNews } from './school-news';
import { SpanIndex } from './span-index';

/** A lead-in naming areas for improvement, then the run-in list to the sentence end (group 1). */
const RUN_IN = new RegExp(
  '\\b(?:areas?\\s{1,20}(?:for|of)\\s{1,20}(?:improvement|development|further\\s{1,20}development)(?:\\s{1,20}(?:were|was)\\s{1,20}identified)?(?:\\s{1,20}(?:which|that))?\\s{0,20}(?:included|include|includes|:|,?\\s{0,20}including|,?\\s{1,20}such\\s{1,20}as)' +
    // "six areas which needed improvement, including …"; "acknowledged areas for improvement. These include …"
    '|areas?\\s{1,20}(?:which|that)\\s{1,20}need(?:ed|s)?\\s{1,20}(?:further\\s{1,20})?improvement,?\\s{1,20}(?:including|included|include|such\\s{1,20}as)' +
    '|areas?\\s{1,20}for\\s{1,20}(?:further\\s{1,20})?improvement\\.\\s{1,20}(?:These|They)\\s{1,20}(?:include|included|are|were)' +
    '|areas\\s{1,20}where\\s{1,20}improvement\\s{1,20}(?:was|is)\\s{1,20}(?:still\\s{1,20})?needed\\s{1,20}(?:included|include|were)' +
    '|(?:required\\s{1,20}improvements|improvements\\s{1,20}(?:required|needed))\\s{1,20}(?:included|include)' +
    '|(?:issues|weaknesses|shortcomings)\\s{1,20}identified(?:\\s{1,20}by\\s{1,20}(?:Ofsted|inspectors))?,?\\s{1,20}which\\s{1,20}(?:included|includes|include)' +
    // "Among areas inspectors want to see further improvement is …", "Areas where Ofsted said improvement was needed include …"
    '|(?:among\\s{1,20}(?:the\\s{1,20})?)?areas?\\s{1,20}(?:where\\s{1,20}|that\\s{1,20}|which\\s{1,20}|in\\s{1,20}which\\s{1,20})?(?:Ofsted|inspectors|the\\s{1,20}(?:inspectors|report|inspection))\\s{1,20}' +
    '(?:want(?:s|ed)?\\s{1,20}to\\s{1,20}see|would\\s{1,20}like\\s{1,20}to\\s{1,20}see|said|says|felt|identified|highlighted|noted|found|asked\\s{1,20}for)' +
    '(?:\\s{1,20}(?:further|more|some|an?|need(?:s|ed)?|was|were|is|are|to|be))*\\s{1,20}(?:improvement|improving|improved|development|action|attention|work|improve|needed|required)\\s{1,20}(?:is|are|was|were|include|includes|included)' +
    // "Four areas were highlighted in the letter as needing improvement. These were …"
    '|areas?\\b[^.\\n]{0,80}?\\b(?:needing|requiring|in\\s{1,20}need\\s{1,20}of)\\s{1,20}(?:further\\s{1,20})?(?:improvement|development|attention|action)[^.\\n]{0,60}\\.\\s{1,20}(?:These|They)\\s{1,20}(?:were|are|include|included)' +
    '|(?:identified\\s{1,20}for\\s{1,20}further\\s{1,20}consideration\\.\\s{1,20}These\\s{1,20}included|areas\\s{1,20}identified\\s{1,20}for\\s{1,20}further\\s{1,20}consideration\\s{1,20}were))' +
    '\\s{1,20}([^.\\n]{5,600})',
  'gi',
);

/** "found that X and Y were areas requiring priority action": the list before the lead (group 1). */
const LIST_THEN_AREAS = new RegExp(
  '\\b(?:found|said|identified|highlighted|concluded|noted)\\s{1,20}that\\s{1,20}([^.\\n]{5,300}?)\\s{1,20}(?:were|are|was|is)\\s{1,20}(?:the\\s{1,20})?(?:(?:key|main)\\s{1,20})?areas?\\s{1,20}' +
    '(?:requiring|needing|for|in\\s{1,20}need\\s{1,20}of)\\s{1,20}(?:further\\s{1,20}|priority\\s{1,20}|urgent\\s{1,20})?(?:improvement|action|development|attention)\\b',
  'gi',
);

/** One recommendation named in a sentence; group 1 is its text. */
const NAMED = new RegExp(
  '\\brecommendations?,?\\s{1,20}(?:which\\s{1,20})?(?:suggested|said|stated|asked)\\s{1,20}that\\s{1,20}([^.\\n]{10,400})' +
    '|\\b(?:one|another|the\\s{1,20}(?:first|second|third|last|final))\\s{1,20}recommendation\\s{1,20}(?:was|is)\\s{1,20}(to\\s{1,20}[^.\\n]{10,400})' +
    '|\\b(?:inspection\\s{1,20}report|inspectors?|Ofsted)\\s{1,20}(?:of|on|highlighted|identified|noted)\\s{1,20}(the\\s{1,20}need\\s{1,20}to\\s{1,20}[^.\\n]{10,400})',
  'gi',
);

/** The committee's numbered, bulleted or quoted resolutions: "That … be noted". */
const THAT_LINE =
  /^[ \t]*(?:(?:\d{1,2}[.)]|[a-z][.)]|[·•])[ \t]+)(That\s[^\n]{0,600}?\bbe\s+[a-z]+ed\b[^\n]*?)[ \t]*$|[“"](That\s[^”"\n]{10,600})[”"]/gm;

/** "Council is RECOMMENDED to receive the report …": a paper's own recommendation, a line of its own. */
const RECOMMENDED_TO =
  /^[ \t]*((?:The\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:Council|Cabinet|Committee|Panel|Board|Executive|Members|Forum)\s+(?:is|are)\s+(?:RECOMMENDED|recommended)\s+to\s+[^\n]{5,600})/gm;

/**
 * A task minutes set the officers: "Officers were asked to bring a report on progress …", "Officers
 * were asked whether an update could be provided in three months …", "The Committee asked officers to
 * …". The committee's own recommendation. A member's question ("Members asked whether …") is none.
 */
const OFFICERS_ASKED = new RegExp(
  '(?:^|(?<=[.!?]\\s{1,5}))((?:(?:Officers|The\\s{1,5}(?:Director|officers?|Corporate\\s{1,5}Director))\\s{1,5}(?:were|was)\\s{1,5}(?:asked|requested|instructed)|The\\s{1,5}(?:Committee|Panel|Board)\\s{1,5}(?:asked|requested|instructed)\\s{1,5}(?:the\\s{1,5})?officers?)\\s{1,5}' +
    '(?:to\\s{1,5}(?:provide|bring|report|circulate|update|give|arrange|ensure|prepare|share|present|include|review|write|confirm|send|monitor)\\b|whether\\s[^.\\n]{0,120}?\\bcould\\s{1,5}be\\s{1,5}(?:provided|brought|circulated|given|arranged|shared|presented|included|reported)\\b)[^.\\n]{0,300}\\.)',
  'gm',
);

function item(ruleId: string, text: string, start: number, quote: string, source: RecommendationSource): Recommendation {
  return { ruleId, quote, start, end: start + quote.length, deadline: null, source, section: null };
}

/**
 * Splits a run-in list on semicolons, else on commas, a final "and" ("A, B, C and D") and an "and"
 * before an "-ing" item; a relative clause (", who …") stays with its item.
 */
function runInItems(list: string, at: number): { quote: string; start: number }[] {
  let parts = list.includes(';') ? list.split(/;\s*/) : list.split(/,\s*/);
  if (!list.includes(';')) {
    parts = parts.reduce<string[]>((acc, p) => {
      if (acc.length && /^(?:who|which|where|whose|when)\b/.test(p)) acc[acc.length - 1] += `, ${p}`;
      else acc.push(p);
      return acc;
    }, []);
    const last = parts[parts.length - 1]!;
    const and = last.lastIndexOf(' and ');
    if (parts.length >= 2 && !/^(?:and|or)\s/.test(last) && and > 0 && !/[,]/.test(last))
      parts.splice(-1, 1, last.slice(0, and), last.slice(and + 5));
    // "… and planning" ends an item; "… and improving the X" starts one.
    parts = parts.flatMap((p) => p.split(/\s+and\s+(?=[a-z]+ing\s+[a-z])/));
    // "the timeliness of assessments and the quality of plans": two items, each with its article.
    if (parts.length === 1) parts = parts[0]!.split(/\s+and\s+(?=the\s)/);
  }
  // "…, and timely access to services in urgent cases, among others": the list's tail is no item.
  parts[parts.length - 1] = parts[parts.length - 1]!.replace(/\s+(?:among(?:st)?\s+others|etc\.?)\s*$/, '');
  parts = parts.filter((p) => !/^\s*(?:among(?:st)?\s+others|etc\.?)\s*$/.test(p));
  const out: { quote: string; start: number }[] = [];
  let from = 0;
  for (const part of parts) {
    const quote = part.replace(/^and\s+/, '').trim();
    const start = list.indexOf(quote, from);
    if (quote.length >= 5 && start >= 0) out.push({ quote, start: at + start });
    if (start >= 0) from = start + quote.length;
  }
  return out;
}

/**
 * Recommendations a paper restates in prose, and the committee's numbered resolutions, in order of
 * position; none overlaps `known` (those found by the list and resolution rules) or another.
 * Source: "inspection", or "review" in a peer challenge or review write-up; "committee" for "That …".
 */
export function detectPaperRecommendations(text: string, known: Recommendation[]): Recommendation[] {
  const source: RecommendationSource = /\bpeer\s+(?:review|challenge)\b/i.test(text.slice(0, 3000)) ? 'review' : 'inspection';
  const found: Recommendation[] = [];
  for (const m of text.matchAll(RUN_IN)) {
    // "respond to the areas for improvement: in detailing the action plan": a list of areas starts with no preposition.
    if (/^(?:in|on|at|by|for|to|with|from)\s/i.test(m[1]!)) continue;
    const at = m.index + m[0].length - m[1]!.length;
    for (const p of runInItems(m[1]!, at)) found.push(item('run-in-list', text, p.start, p.quote, source));
  }
  for (const m of text.matchAll(LIST_THEN_AREAS))
    for (const p of runInItems(m[1]!, m.index + m[0].indexOf(m[1]!))) found.push(item('list-then-areas', text, p.start, p.quote, source));
  for (const m of text.matchAll(NAMED)) {
    const quote = (m[1] ?? m[2] ?? m[3]!).trim();
    found.push(item('named-recommendation', text, m.index + m[0].lastIndexOf(quote), quote, source));
  }
  for (const m of text.matchAll(THAT_LINE)) {
    const quote = (m[1] ?? m[2]!).trim();
    found.push(item('that-resolution', text, m.index + m[0].indexOf(quote), quote, 'committee'));
  }
  for (const m of text.matchAll(OFFICERS_ASKED))
    found.push(item('officers-asked', text, m.index + m[0].length - m[1]!.length, m[1]!, 'committee'));
  for (const m of text.matchAll(RECOMMENDED_TO))
    found.push(item('recommended-to', text, m.index + m[0].length - m[1]!.length, m[1]!.trimEnd(), 'committee'));
  // A school's next steps retold in a news item are the school's, not the authority's.
  if (!isSchoolNews(text)) found.push(...detectProseDemands(text));
  const seen = new SpanIndex();
  for (const k of [...known].sort((a, b) => a.start - b.start)) seen.add(k);
  let lastEnd = -1;
  return found
    .sort((a, b) => a.start - b.start)
    .filter((r) => {
      if (seen.overlaps(r) || r.start < lastEnd) return false;
      lastEnd = r.end;
      return true;
    });
}
