// Run-in lists of areas to improve inside one sentence of a council paper or news item, as patterns
// (read by paper-recommendations.ts): a lead-in then the list ("Areas for development: X, Y, and Z",
// "Some areas for improvement were identified which included X; Y; Z"), or the list then the words
// saying the areas need improving ("Supervision and planning were identified as areas for improvement").
// Every repeat is bounded, so each runs in time linear in the text.

/** A lead-in naming areas for improvement, then the run-in list to the sentence end (group 1). */
export const RUN_IN = new RegExp(
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
    // "Four areas were highlighted in the letter as needing improvement. These were …": areas named, then listed.
    '|\\bareas?\\b(?![^.\\n]{0,160}\\b(?:since|made|seen|shown|strengths?)\\b)[^.\\n]{0,120}?\\b(?:needing|requiring|needed|required|for|in\\s{1,20}need\\s{1,20}of)\\s{1,20}(?:further\\s{1,20})?(?:improvement|improving|development|attention|action)\\b[^.\\n]{0,80}\\.\\s{1,20}(?:These|They)\\s{1,20}(?:were|are|include|included)' +
    // "'Immediate needs' include making sure …": a deadline group named, then its items.
    '|(?:immediate|urgent|priority)\\s{1,20}(?:needs|actions|priorities)[\'’"”]?\\s{1,20}(?:include|included|includes|are|were)' +
    '|(?:identified\\s{1,20}for\\s{1,20}further\\s{1,20}consideration\\.\\s{1,20}These\\s{1,20}included|areas\\s{1,20}identified\\s{1,20}for\\s{1,20}further\\s{1,20}consideration\\s{1,20}were))' +
    '\\s{1,20}([^.\\n]{5,600})',
  'gi',
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
 * sentence's subject, then the list after "were" or "are". Group 1: the list. The list may not
 * open with a participle or an adverb ("were discussed with staff", "are now being addressed", "were
 * also noted"): that is what happened to the areas, not which they are.
 */
export const AREAS_WERE = new RegExp(
  '\\b(?:the\\s{1,20}(?:(?:main|key|two|three|four|five|six)\\s{1,20})?)areas?\\s{1,20}(?:for|of)\\s{1,20}(?:further\\s{1,20})?(?:improvement|development)' +
    '(?:\\s{1,20}(?:identified|highlighted|noted|set\\s{1,20}out|named)(?:\\s{1,20}by\\s{1,20}(?:Ofsted|the\\s{1,20}inspectors|inspectors|the\\s{1,20}inspection|the\\s{1,20}report))?)?' +
    '\\s{1,20}(?:were|are):?\\s{1,20}(?!(?:also|now|still|not|being|as|in|on|to|that|what|there|all|both|many|several|few|some|clear)\\b|[a-z]+ed\\b)([^.\\n]{5,600})',
  'gi',
);
