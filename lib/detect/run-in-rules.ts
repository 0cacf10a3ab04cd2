// Run-in lists of areas to improve inside one sentence of a council paper or news item, as patterns
// (read by paper-recommendations.ts): a lead-in then the list ("Areas for development: X, Y, and Z",
// "Some areas for improvement were identified which included X; Y; Z"), or the list then the words
// saying the areas need improving ("Supervision and planning were identified as areas for improvement").
// Every repeat is bounded, so each runs in time linear in the text. And how such a list splits into items.

/**
 * A lead-in naming areas for improvement, then the run-in list to the sentence end (group 1). "Areas
 * which needed improvement, including …" is AREAS_NEEDING's; "… areas for improvement. These include …"
 * is anaphoric-run-in.ts's.
 */
export const RUN_IN = new RegExp(
  '\\b(?:areas?\\s{1,20}(?:for|of)\\s{1,20}(?:improvement|development|further\\s{1,20}development)(?:\\s{1,20}(?:were|was)\\s{1,20}identified)?(?:\\s{1,20}(?:which|that))?\\s{0,20}(?:included|include|includes|:|,?\\s{0,20}including|,?\\s{1,20}such\\s{1,20}as|,?\\s{1,20}(?:particularly|notably|especially|in\\s{1,20}particular)(?:\\s{1,20}(?:in|on|around|with))?)' +
    '|areas\\s{1,20}where\\s{1,20}improvement\\s{1,20}(?:was|is)\\s{1,20}(?:still\\s{1,20})?needed\\s{1,20}(?:included|include|were)' +
    '|(?:required\\s{1,20}improvements|improvements\\s{1,20}(?:required|needed))\\s{1,20}(?:included|include)' +
    '|(?:issues|weaknesses|shortcomings)\\s{1,20}identified(?:\\s{1,20}by\\s{1,20}(?:Ofsted|inspectors))?,?\\s{1,20}which\\s{1,20}(?:included|includes|include)' +
    // "Among areas inspectors want to see further improvement is …", "Areas where Ofsted said improvement was needed include …"
    '|(?:among\\s{1,20}(?:the\\s{1,20})?)?areas?\\s{1,20}(?:where\\s{1,20}|that\\s{1,20}|which\\s{1,20}|in\\s{1,20}which\\s{1,20})?(?:Ofsted|inspectors|the\\s{1,20}(?:inspectors|report|inspection))\\s{1,20}' +
    '(?:want(?:s|ed)?\\s{1,20}to\\s{1,20}see|would\\s{1,20}like\\s{1,20}to\\s{1,20}see|said|says|felt|identified|highlighted|noted|found|asked\\s{1,20}for)' +
    '(?:\\s{1,20}(?:further|more|some|an?|need(?:s|ed)?|was|were|is|are|to|be))*\\s{1,20}(?:improvement|improving|improved|development|action|attention|work|improve|needed|required)\\s{1,20}(?:is|are|was|were|include|includes|included)' +
    // "Four areas were highlighted in the letter as needing improvement. These were …": areas named, then listed.
    '|\\bareas?\\b(?![^.\\n]{0,160}\\b(?:since|made|seen|shown|strengths?)\\b)[^.\\n]{0,120}?\\b(?:needing|requiring|needed|required|for|in\\s{1,20}need\\s{1,20}of)\\s{1,20}(?:further\\s{1,20})?(?:improvement|improving|development|attention|action)\\b[^.\\n]{0,80}\\.\\s{1,20}(?:These|They)\\s{1,20}(?:were|are|include|included)' +
    // "'Immediate needs' include making sure …": a deadline group named, then its items.
    '|(?:immediate|urgent|priority)\\s{1,20}(?:needs|actions|priorities)[\'’"”]?\\s{1,20}(?:include|included|includes|are|were)' +
    // "Among the actions demanded were …"; "some areas to improve on; …"
    '|(?:among\\s{1,20})?the\\s{1,20}(?:actions|steps|changes)\\s{1,20}(?:demanded|required|ordered|called\\s{1,20}for|recommended|needed)(?:\\s{1,20}by\\s{1,20}(?:Ofsted|inspectors|the\\s{1,20}inspectors|the\\s{1,20}report))?\\s{1,20}(?:were|are|include|included)' +
    '|areas?\\s{1,20}(?:to\\s{1,20}improve(?:\\s{1,20}on)?|to\\s{1,20}work\\s{1,20}on)\\s{0,5}[;:–—]' +
    '|(?:identified\\s{1,20}for\\s{1,20}further\\s{1,20}consideration\\.\\s{1,20}These\\s{1,20}included|areas\\s{1,20}identified\\s{1,20}for\\s{1,20}further\\s{1,20}consideration\\s{1,20}were))' +
    '\\s{1,20}([^.\\n]{5,600})',
  'gi',
);

/**
 * Areas named as needing work, then listed in the same sentence after "including" or "such as": "The
 * report listed 13 areas requiring improvement, including X, and Y", "areas of the service where
 * practice still requires improvement, such as A, B and C", "specific areas that needed to be
 * addressed such as …", "aspects of practice that still need improving, including …", "areas needing
 * improvement, particularly in A and B", "areas that need improvement and two that require urgent action –
 * namely A and B". Group 1: the
 * list. Areas that improved, or need no further work, open none (paper-recommendations.ts also drops
 * a sentence about the council's own plan).
 */
export const AREAS_NEEDING = new RegExp(
  '\\b(?:areas?|aspects?)\\b(?![^.\\n]{0,120}?\\b(?:improved|since|made|no\\s{1,20}(?:further|more))\\b)[^.,;:\\n]{0,80}?\\b(?:requir(?:e|es|ed|ing)|need(?:s|ed|ing)?)\\s{1,20}' +
    '(?:(?:further|urgent|some|more)\\s{1,20})?(?:improvement|improving|strengthening|attention|to\\s{1,20}(?:be\\s{1,20})?(?:improved?|addressed|strengthened|tackled))\\b' +
    // "…, particularly in X and Y": the areas singled out are the list too.
    '[^.\\n]{0,40}?(?:,?\\s{0,20}including|,?\\s{1,20}such\\s{1,20}as|,?\\s{1,20}namely|,?\\s{1,20}(?:particularly|notably|especially|in\\s{1,20}particular)(?:\\s{1,20}(?:in|on|around|with))?)\\s{1,20}([^.\\n]{5,600})',
  'gi',
);

/**
 * A list of areas after a reporting verb, then that they need to improve: "The report notes that
 * permanence planning, care planning, and the use of children's voices need to become consistently
 * stronger", "Inspectors noted that supervision and recording need to be strengthened". Group 1: the
 * list (two areas or more: paper-recommendations.ts reads it only when listedAreas splits it).
 */
export const LIST_NEEDS = new RegExp(
  '\\b(?:notes?|noted|found|finds|said|says|identified|highlighted|concluded|felt|stated)\\s{1,20}that\\s{1,20}' +
    '([^.;:\\n]{5,200}?)\\s{1,20}(?:(?:all|also|still|both)\\s{1,20})?need(?:s|ed)?\\s{1,20}' +
    '(?:to\\s{1,20}(?:(?:become|be)\\s{1,20})?(?:(?:more|much|consistently|further|significantly)\\s{1,20}){0,2}(?:improved?|stronger|strengthened|better|consistent|robust|effective|developed|addressed)|improving|strengthening|improvement)\\b',
  'g',
);

/**
 * The areas first, then that they need improving: "found that multi-agency working and strategy
 * meetings were areas requiring priority action", "Supervision and planning were identified as areas
 * for improvement." Group 1: the list, after a reporting verb or at a sentence's start.
 */
export const LIST_WERE_AREAS = new RegExp(
  '(?:\\b(?:found|said|identified|noted|highlighted|concluded|showed)\\s{1,20}(?:that\\s{1,20})?|^[ \\t]*|(?<=[.!?]\\s{1,5}))' +
    '([^.;:\\n]{5,200}?)\\s{1,20}(?:were|are|was|is)\\s{1,20}(?:(?:also|all|both|identified|highlighted|named|seen)\\s{1,20}(?:as\\s{1,20})?)*' +
    '(?:an?\\s{1,20})?(?:(?:key|the|main)\\s{1,20})?areas?\\s{1,20}(?:requiring|needing|for|in\\s{1,20}need\\s{1,20}of|(?:that|which)\\s{1,20}(?:required|needed))' +
    '\\s{1,20}(?:(?:priority|urgent)\\s{1,20}action|(?:further\\s{1,20}|urgent\\s{1,20})?(?:improvement|development|attention))\\b',
  'gm',
);

/**
 * "The areas for improvement (identified by Ofsted) were A; B; and C.": the areas named as the
 * sentence's subject, then the list after "were" or "are" on the same line (a lead-in ending its line
 * opens a list the list reader reads; the next paragraph is not its list). Group 1: the list. The list may not
 * open with a participle or an adverb ("were discussed with staff", "are now being addressed", "were
 * also noted", "are set out below:"): that is what happened to the areas, or where they are, not which they are.
 */
export const AREAS_WERE = new RegExp(
  '\\b(?:the\\s{1,20}(?:(?:main|key|two|three|four|five|six)\\s{1,20})?)areas?\\s{1,20}(?:for|of)\\s{1,20}(?:further\\s{1,20})?(?:improvement|development)' +
    '(?:\\s{1,20}(?:identified|highlighted|noted|set\\s{1,20}out|named)(?:\\s{1,20}by\\s{1,20}(?:Ofsted|the\\s{1,20}inspectors|inspectors|the\\s{1,20}inspection|the\\s{1,20}report))?)?' +
    '\\s{1,20}(?:were|are):?[ \\t]{1,20}(?!(?:also|now|still|not|being|as|in|on|to|that|what|there|all|both|many|several|few|some|clear|set|shown|given|below|follows)\\b|[a-z]+ed\\b)([^.\\n]{5,600})',
  'gi',
);

/** A finite verb or modal: the item is a clause, not a noun phrase. */
const FINITE = /\b(?:is|are|was|were|be|been|has|have|had|could|should|would|must|can|will|do|does|did)\b/;

/** A speaker closing the sentence after its list: "the inspection found", "Ofsted said", "the report concluded". */
const SPEAKER_TAIL =
  /^(?:(?:the|an?|its|their)\s+)?(?:[\w’'-]+\s+){0,5}?(?:Ofsted|inspection|inspectors|report|watchdog|regulator|letter)(?:\s+[\w’'-]+){0,4}?\s+(?:also\s+)?(?:found|said|says|concluded|noted|stated|added|highlighted)\s*$/i;

/** An inline list marker before an item: "(1) ", "(b) ", "(iii) ". */
export const INLINE_MARKER = /^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+/;

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
    // "the need to look at plans and to offer services": two items, each with its "to".
    // "ensuring X and that Y": two items, the second a that-clause.
    if (parts.length === 1) parts = parts[0]!.split(/\s+and\s+(?=the\s|that\s|to\s+[a-z])/);
    // "delays in X and an unsafe Y": two noun phrases; "plans could be strengthened with A and a B" is one clause.
    if (parts.length === 1 && !FINITE.test(parts[0]!)) parts = parts[0]!.split(/\s+and\s+(?=an?\s)/);
  }
  // "…, and timely access to services in urgent cases, among others": the list's tail is no item.
  parts[parts.length - 1] = parts[parts.length - 1]!.replace(/\s+(?:among(?:st)?\s+others|etc\.?)\s*$/, '');
  // "…, the inspection of children's services found": the speaker closing the sentence is no item.
  if (parts.length >= 2 && SPEAKER_TAIL.test(parts[parts.length - 1]!)) parts.pop();
  parts = parts.filter((p) => !/^\s*(?:among(?:st)?\s+others|etc\.?)\s*$/.test(p));
  const out: { quote: string; start: number }[] = [];
  let from = 0;
  for (const part of parts) {
    // "(2) strengthen B", "and (iii) C": an inline marker is no part of the item.
    const quote = part.trim().replace(/^and\s+/, '').replace(INLINE_MARKER, '').trim();
    const start = list.indexOf(quote, from);
    if (quote.length >= 5 && start >= 0) out.push({ quote, start: at + start });
    if (start >= 0) from = start + quote.length;
  }
  return out;
}

/** The items of a run-in list: runInItems's, and "A and B" of two short names as two (GUIDELINES: each area its own). */
export function listedAreas(list: string, at: number): { quote: string; start: number }[] {
  const items = runInItems(list, at);
  if (items.length !== 1) return items;
  const [a, b] = items[0]!.quote.split(/\s+and\s+/);
  const short = (p: string | undefined) => p !== undefined && p.split(/\s+/).length <= 6;
  // "the support offered to care leavers and some children in need": the "and" joins the participle's objects, one area.
  const participle = /\b[a-z]+(?:ed|en|wn)\s+(?:to|for|by|with)\s/.test(a ?? '');
  if (items[0]!.quote.split(/\s+and\s+/).length !== 2 || !short(a) || !short(b) || participle) return items;
  return [
    { quote: a!, start: items[0]!.start },
    { quote: b!, start: items[0]!.start + items[0]!.quote.lastIndexOf(b!) },
  ];
}
