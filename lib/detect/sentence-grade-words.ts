// The word lists of the broad sentence rule for papers (sentence-grade-rule.ts): where a grade word
// stands as a grade, the subjects it can belong to, the judging cues, and the shapes that give no
// one authority's grade. Widening the rule means widening these lists, each with an example in the
// rule's tests.
import { GRADE_SOURCE } from './grades';
import { AREA_NP, anyCase } from './paper-area-phrases';

export const GRADE_ONLY = new RegExp(`^(?:${GRADE_SOURCE})$`, 'i');
export const QUOTES = /["'‘’“”]/;
// A judging cue anywhere in the sentence.
export const CUE =
  /\b(?:rat(?:ed|ing|ings)|judge?(?:d|ment|ments)|found|grad(?:ed|e|ing)|assessed|assessment|deemed|described|classed|classified|ranked|branded|labelled|verdicts?|outcomes?|score[ds]?|Ofsted|OFSTED|inspectors?|inspect(?:ion|ed)|re-inspection|inspectorate|watchdog|regulator|upgrad\w*|downgrad\w*|improv(?:ed|es|ing)\s+(?:from|to)|moved?\s+(?:up\s+|down\s+)?(?:from|to)|raised\s+to|lifted\s+to)\b/i;
// What may stand just before a plain grade: a copula, a judging verb, "as", "to", "of", "from".
export const BEFORE_PLAIN =
  /\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|now|still|again|overall|rated|judged|graded|assessed|deemed|found|classed|classified|ranked|branded|labelled|described|considered|as|to|of|from|an?|the|its|their|received|achieved|awarded|given|got|gained|retained|kept|first|second|third|latest|recent)\s+$/i;
// What may follow a grade: the clause's end, a function word, or a judgement noun ("Ofsted's second
// inadequate inspection of …"), never another noun ("good at listening" describes a skill).
export const AFTER_GRADE =
  /^["'’”]?(?:\s*$|[ \t]*\n|\s*[.,;:)!?]|\s*[–—-]\s|\s+(?:overall|in|for|by|at(?!\s+\w+ing\b)|since|once|again|across|from|on|under|as|with|and|but|after|following|during|when|until|while|whilst|although|though|which|who|where|because|says|said|according|this|last|ago|including|\d{4}|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:ago|earlier|before)|(?:Ofsted\s+)?(?:rating|judge?ment|grade|grading|verdict|outcome|label|status|report|result|score|inspection))\b)/i;
// A quoted or capitalised grade may also name what was graded: "the ‘inadequate’ children's services",
// or end a clause whose verb follows: "a report which labelled the authority ‘inadequate’ has found".
export const AFTER_MARKED =
  /^["'’”]?\s+(?:sub[\s-]?judge?ments?|judge?ment|rating|score|Ofsted|inspection|child|children|services?|council|authority|department|leadership|management|adoption|fostering|help|care|has|have|had|is|are|was|were|will|said|says|remain(?:s|ed)?|stay(?:s|ed)?|continue[sd]?|being)\b/i;
export const SUBJECT = anyCase(`\\b(?:${AREA_NP})(?<=\\S)`);
export const COUNCIL =
  /\b(?:(?:[Tt]he|[Ii]ts|[Oo]ur)\s+(?:local\s+)?(?:council|authority|department|service)|[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3}\s+(?:County\s+|City\s+|Borough\s+)?Council|child(?:ren)?[’']?s?\s+(?:protection|social\s+care)?\s*services|child\s+protection(?:\s+(?:work|arrangements|system))?(?!\s+[a-z])|(?:the\s+)?quality\s+of\s+practice|(?<![Tt]he\s|[Ii]ts\s|[Oo]ur\s)\b(?:[Cc]ouncil|County|[Aa]uthority)(?![\w’'-]|\s+[A-Z]))\b/g;
// The council or its service as a pronoun right after the judging verb: "inspectors found it continued to …".
export const PRONOUN =
  /\b(?:found|rated|judged|deemed|graded|branded|labelled|assessed|described|considered|rate|judge)\s+(it|them|they|us)\b/g;
// The council speaking of itself (its papers, its leaders quoted): "we remain Good following our inspection",
// "We were judged to be ‘good’ by Ofsted". A judging cue must still stand in the sentence (sentence-grade-place.ts).
export const WE =
  /\b[Ww]e(?=\s+(?:(?:have|had)\s+)?(?:now\s+|still\s+|also\s+|again\s+)?(?:remain(?:ed)?|are|were|have\s+been|had\s+been|achieved|received|retained|kept|gained|got)\b)/g;
// The areas counted, or the inspection itself, or the areas a sentence before named counted back
// ("All three were deemed inadequate", "Each was rated as outstanding"): "one area receiving the top ‘outstanding’ score",
// "judged three out of four key areas to be ‘inadequate’",
// "its rating in all these areas", "the last inspection in 2015, which achieved an overall score of …".
export const AREAS =
  /\b(?:(?:all|each|every|both|(?:one|two|three|four|five|\d)\s+(?:out\s+)?of)\s+(?:of\s+the\s+|the\s+)?(?:(?:four|three|five|six|other|key|main|inspected|judgement|these)\s+){0,2}(?:areas?|categor(?:y|ies)|sections?)|the\s+(?:last|previous|latest|most\s+recent|recent|full|first|new)\s+(?:full\s+)?inspection(?!\s+(?:regime|framework|system))|(?<=(?:^|[.!?:]\s+|\n\s*))(?:all\s+(?:two|three|four|five|six)|each|both)(?=\s+(?:was|were|is|are|has|have|had)\s)|(?:one|two|three|four|five|six)\s+(?:(?:key|main|other|more|further)\s+)?(?:areas?|categor(?:y|ies))(?=\s+(?:in\s+particular\s+)?(?:were|was|are|is|receiv|requir|need|had|have|has|being|rated|judged)))\b/gi;
export const REACH = 200;
// A share of many authorities ("A quarter of English councils are now rated outstanding") or of many
// criteria ("a dozen of the criteria … rated as good"), or two
// grades given together as plural ratings ("received good and outstanding Ofsted ratings"): no one grade.
export const SHARE =
  /\b(?:(?:quarter|half|third|fifth|majority|minority|proportion|number|percentage|share|most|dozen|\d+\s*%|per\s*cent)\s+of|of\s+the\s+\d+|most\s+common|least\s+common)\b|\b(?:(?:the|a)\s+(?:vast\s+)?(?:majority|minority)|one[\s-](?:third|quarter|fifth))\s+(?:were|was|are|is|had|have)\b|\b\d+\s+(?:were|was|are|is|had\s+been|have\s+been)\s+["'‘“]?$/i;
// What the grade stands for in general, not one authority's grade: "an ‘inadequate’ rating means the
// whole service is judged ‘inadequate’", "reclassified ‘adequate’ … as ‘requires improvement’",
// "‘adequate’, awarded to 33 councils".
export const GENERAL =
  /\bmeans?\s+(?:that\s+)?(?:the\s+|a\s+)?(?:whole\s+)?\w+\s+(?:is|are|was|will\s+be)\s+(?:judged|rated)|\b(?:replac\w+|reclassif\w+|renamed|equivalent\s+of)\b/i;
export const AWARDED_TO_MANY =
  /^["'’”]?,?\s+(?:awarded|given|applied)\s+to\s+(?:\d+|many|most|some|several)\b|^["'’”]?\s+[\w\s-]{0,30}\brating\s+means\b/i;
export const PAIRED = new RegExp(`^\\s+(?:and|or)\\s+(?:${GRADE_SOURCE})\\s+(?:\\w+\\s+)?(?:ratings|judge?ments|grades)\\b`, 'i');

// A target, not a grade given: "falling short of the threshold to be rated as ‘good’".
export const TARGET =
  /(?<!\b(?:was|were|is|are|been|be|being)\s+(?:found|judged|considered|deemed|thought|said)\s+)\bto\s+be\s+(?:rated?|judged|graded|assessed|deemed|classed)\s+(?:as\s+)?["'‘“]?$/i;
// A result reached, not a target: "have improved to be rated good", "improved sufficiently to be rated …".
export const REACHED =
  /(?:\bimprov(?:ed|es)|(?<!\b(?:to|must|should|will|would|could|can|need|needs|has|have)\s+)\bimprove)\s+(?:sufficiently\s+|enough\s+)?to\s+be\s+\w+\s+(?:as\s+)?["'‘“]?$/i;
// A judging verb then its object, the grade after it: "Ofsted branded Anyshire’s child services inadequate".
export const VERB_THEN_OBJECT =
  /\b(?:rated|judged|deemed|graded|branded|labelled|labeled|declared|ruled|rules|rates|judges|brands|labels|found|finds|considered|described)\s+(?:[\w’'-]+\s+){1,8}$/i;
// "requires improvement" where a noun stands is a grade by itself: "were given requires improvement"; it and
// "needs improvement" are verb phrases too, read after their subject ("care leavers needs improvement to be good").
export const NO_CUE_NEEDED = /^(?:requir|perform)/i;
export const VERB_PHRASE_GRADE = /^(?:requir|perform|needs?\s)/i;
// A place opening a headline or a sentence, then a judging verb or a copula: "West Anyshire rated as
// inadequate", "Anyshire remains inadequate, finds Ofsted", "Anyshire still ‘inadequate’ after re-inspection".
export const PLACE_HEAD =
  /(?<=^|\n)(?!(?:Ofsted|OFSTED|Inspectors?|The|It|They|This|That|These|Its|Their|Our|We|He|She|Children|Services|Council|Councillors?|Members?|Parents?|Families|Schools?|Pupils|Staff|Carers?)\b)[A-Z][a-z]+(?:[ -](?:upon[ -])?[A-Z][a-z]+){0,2}(?=\s+(?:rated|judged|graded|deemed|branded|labelled|remains|remained|stays|stayed|still|now|is|was)\s)/g;
// A quoted grade for or before the service is its own cue (a headline): "“Good” for children’s services in Anyshire".
export const QUOTED_FOR_SERVICE =
  /^["'’”]\s+(?:for\s+)?(?:(?:the|its|our|their)\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?(?:children[’']?s?\s+(?:social\s+care\s+)?services|child\s+protection\s+services|(?:adoption|fostering)\s+services?|care\s+leavers[’']?\s+services?)\b/i;
// "the overall ‘good’ service rating", "the overall level of ‘Good’": the overall grade, named by its noun.
// Also the grade named by its noun alone: "this judgement of Good by Ofsted", "its Ofsted rating of ‘outstanding’".
export const OVERALL_BEFORE =
  /\b(?:the|an|its|their|our|this|that)\s+(?:overall\s+(?:(?:level|rating|grade|judge?ment|verdict|outcome)\s+of\s+)?|(?:Ofsted\s+|latest\s+|new\s+)?(?:rating|grade|judge?ment|verdict)\s+of\s+)["'‘“]?$/i;
export const JUDGEMENT_NOUN_AFTER = /^["'’”]?\s+(?:[\w-]+\s+)?(?:rating|judge?ment|grade|grading|verdict|outcome|score)\b/i;
// A place named as the subject: "Durham, which was rated requires improvement", "Anyshire has been ‘requires improvement’".
export const PLACE =
  /(?<![.!?]\s|^|\n)\b(?!(?:Ofsted|OFSTED|Inspectors?|The|It|They|This|That|These|Its|Their|Our|We|He|She|Children|Services|Council|Councillor|Members?)\b)[A-Z][a-z]+(?:[ -](?:upon[ -])?[A-Z][a-z]+){0,2}(?=,?\s+(?:which\s+|who\s+)?(?:was|is|has|had|were|are|remains|remained)\b)/g;
