// Who asks a council to improve, what it asks, and what is no asking, as bounded word classes (regex
// source strings) shared by the lead-ins of restated recommendation lists: a line ending in a colon
// (recommendation-rules.ts SPOKEN_LEAD_IN) and a list run into its sentence after a colon
// (colon-run-in.ts). Council papers and news items restate an inspection's recommendations after a
// LEAD-IN naming the inspectorate and a want ("The watchdog said improvements need to be made,
// including:", "Ofsted told the council it must:") and then a LIST; the lead-in's polarity decides
// (a list of strengths, of the council's own plans or of a school's next steps is none).

/** Who asks: the inspectorate or its inspectors, by any of the names papers and news give them. */
export const ASKER = String.raw`Ofsted|OFSTED|[Ii]nspectors?|[Ii]nspection|HMI|[Ii]nspectorate|[Ww]atchdogs?|[Rr]egulators?`;

/**
 * What it asks: improvement, recommendations, areas for development, priorities, actions, or an
 * obligation ("should", "must", "needs to", "asked/told/wanted … to", "called for", "would like to see").
 */
export const WANT = String.raw`improve(?!d\b)\w*|recommend\w*|areas?\s{1,5}for|actions?|priorit\w*|develop\w*|should|must|needs?\s{1,5}to|(?:asked|wants?|wanted|told|required|directed|instructed|urged)\b[^\n:]{0,40}\bto|asked\s{1,5}that|called\s{1,5}for|would\s{1,5}like\s{1,5}to\s{1,5}see|wants?\s{1,5}to\s{1,5}see`;

/**
 * No asking: praise and strengths, progress already made, and a school's or provider's own lists
 * (a school's next steps are not the authority's).
 */
export const NOT_ASKING = String.raw`school|academy|nursery|college|provider|setting|childminder|pupils|credit\w*|prais\w*|commend\w*|celebrat\w*|welcom\w*|strengths?|(?:improvements?|changes?)\s{1,5}(?:which|that|made|achieved|seen|since)`;

/** The council's own plans and promises, and the committee's own business: a list after them is theirs. */
export const OWN_BUSINESS = String.raw`we|our|us|will|plans?|(?:Cabinet|Committee|Panel|Board|Members|Executive)\s{1,5}(?:is|are|was|were)\s{1,5}(?:asked|recommended|requested)|resolved|agreed|decided`;

/** The areas named as what needs improving: "areas that required improvement", "aspects needing development". */
export const AREAS_WANTING = String.raw`(?:[Aa]reas?|[Aa]spects?)\b[^\n:]{0,80}?\b(?:improv\w*|development|attention|action)`;
