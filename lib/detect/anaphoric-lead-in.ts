// A list's lead-in that points back ("These are:", "They include:", "The report highlighted the
// following:") and the sentence before it that says what the list is: work Ofsted wants done. News
// items and council pages restating an inspection's areas for improvement put the areas in the
// sentence before ("The watchdog outlined seven areas where further work is essential. These are:").
// Read by list-openings.ts; both patterns are anchored and bounded, so each runs in time linear in a line.

/** The lead-in alone: a pronoun or the report, a listing verb, a colon. */
export const ANAPHORIC_LEAD_IN =
  /^(?:(?:These|They|Those)(?:\s+(?:areas|aspects|points|issues))?\s+(?:are|were|include[sd]?|being|comprise[sd]?)(?:\s+as\s+follows)?|(?:The|Its|Their)\s+(?:report|inspectors|letter)\s+(?:also\s+)?(?:highlighted|identified|listed|noted|set\s+out)\s+the\s+following)\s*:$/i;

/**
 * The sentence before: it names the inspectorate or its report, and work to do ("further work",
 * "must", "needs to", "improve", "weaknesses", "strengthen", "recommendations"), and neither praise, strengths nor the
 * council's own plan or promise ("We will …", "We’ll be …", "our plan"), nor improvements already made ("there
 * have been big improvements"), nor a grade ("rated as ‘requires improvement’ in all five areas": the
 * list after it names the graded areas).
 */
export const DEMAND_BEFORE =
  /^(?![^\n]{0,300}\b(?:prais\w*|strengths?|credit\w*|commend\w*|celebrat\w*|[Ww]e|[Oo]ur|will|plan|improvements?\s+(?:made|since|seen|achieved)|(?:have|has|had)\s+been\b[^\n.]{0,40}\bimprovements?|(?:rated|judged|graded)\b[^\n.]{0,60}?[‘'"“]?requir(?:es|ed|ing|e)\s+improvement)\b)(?=[^\n]{0,300}?\b(?:Ofsted|OFSTED|[Ii]nspectors?|[Ii]nspection|[Ii]nspectorate|watchdog|regulator|report)\b)[^\n]{0,300}?\b(?:improv(?:e|ement|ements|ing)|recommendations?|further\s+work|weakness(?:es)?|shortcomings|strengthen\w*|must|needs?\s+to|needed\s+to|should|tackle|address)\b/;
