// The words papers and news use for an area of children's services and for judging it, shared by the
// paper rules that read an area as a subject (paper-subject-rules.ts) or an object
// (paper-speaker-rules.ts): "the experiences and progress of care leavers", "services for vulnerable
// children delivered by Anyshire County Council", "its children’s services department", "help and
// protection services", "the adoption element of the service", "leaders’ impact on practice".
import { areaKeyOf } from './areas';
import { normaliseGrade } from './grades';
import { closingQuote } from './grade-from-to';
import type { RawJudgement } from './judgement-rules';
import { Q, aimOrCount, otherProvider } from './news-shared';
import { sentenceAround } from './text-util';

export const S = '\\s{1,20}';
/** A global pattern whose lower-case letters match either case; "[A-Z]" (a capitalised place name) stays upper case. */
export const anyCase = (source: string) =>
  new RegExp(
    source.replace(/(?<!\\)[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`),
    'g',
  );
export const POSS = "[’']s";
/** The council's service as a whole: "children’s services department", "children’s social care", "council services". */
/**
 * The place a service is in, after "in": "in Anyshire", "in the London Borough of Anyshire", "in Anyshire
 * Metropolitan Borough Council", "in the City of Anyshire" (councils' own styles). `gap`: the white space pattern.
 */
const placeIn = (gap: string) =>
  `${gap}in${gap}(?:the${gap})?(?:(?:London|Royal|Metropolitan)${gap}Borough${gap}of${gap}|(?:City|County)${gap}(?:and${gap}County${gap})?of${gap})?[A-Z][\\w’'-]*(?:${gap}[A-Z][\\w’'-]*){0,3}`;
export const SERVICE_NP =
  `(?:(?:council|county|borough|city|authority)${POSS}?${S})?children${POSS}?${S}(?:social${S}(?:care${S}|work${S})?)?(?:services?|department|directorate|trust)(?:${S}(?:department|directorate))?` +
  `|(?:council|county|borough|city|authority)${POSS}?${S}(?:children${POSS}?${S})?social${S}care(?:${S}services)?|children${POSS}?${S}social${S}care` +
  `|council${S}services`;
/** The ILACS, SIF and SLAC areas as papers word them. "lea\\w+": reporters' "care leaders" too. */
export const AREA_NP = [
  `(?:the${S})?experiences?${S}(?:and${S}progress${S})?of${S}(?:children|care${S}lea\\w+|young${S}people)[^.;:\\n\\t]{0,80}?`,
  `children${S}(?:who${S}(?:need|require)|in${S}need${S}of)${S}help${S}and${S}protection`,
  `(?:the${S})?help${S}and${S}protection(?:${S}(?:services?|work|of${S}children))?`,
  // ILACS (2018) joins two: "children in care and care leavers".
  `(?:services${S}for${S})?(?:children${S}in${S}care|looked[\\s-]after${S}children|children${S}looked${S}after)(?:${S}and${S}care${S}leavers)?(?:${S}services?)?`,
  `(?:the${S})?(?:care${S}leavers(?:[’']s?)?|leaving${S}care)(?:${S}services?)?`,
  // SLAC's two areas: "the local safeguarding children board" (LSCB), "safeguarding services" (help and protection).
  `(?:the${S})?(?:local${S})?safeguarding${S}children${S}(?:board|partnership)(?:${S}\\(LSCB\\))?|(?:the${S})?LSCB`,
  `(?:the${S})?(?:(?:council|authority)${POSS}${S})?safeguarding(?:${S}(?:services|arrangements))?(?:${S}in${S}[A-Z][\\w’'-]*)?`,
  `(?:the${S})?impact${S}of${S}leaders(?:hip)?(?:${S}on${S}[^.;:\\n\\t]{3,80}?)?`,
  `leaders[’']?${S}impact(?:${S}on${S}[^.;:\\n\\t]{3,80}?)?`,
  `(?:senior${S})?leadership(?:,?${S}(?:and${S})?management)?(?:,?${S}and${S}governance)?`,
  `(?:the${S})?(?:adoption|fostering)(?:${S}(?:element|part|side|arm|work|provision|function|service|services|performance|agency)(?:${S}of${S}(?:the|its|their)${S}(?:services?|council|department))?)?`,
  `(?:the${S})?services?${S}for${S}(?:[\\w-]+${S}){0,3}?(?:children|young${S}people|care${S}leavers|families)[^.;:\\n\\t]{0,100}?`,
  // The SIF (2009–12) sub-judgements: "ambition and prioritisation are outstanding", "the contribution of health agencies … was good".
  `(?:the${S})?(?:ambition${S}and${S}prioritisation|performance${S}management${S}and${S}quality${S}assurance|partnership${S}working|equality${S}and${S}diversity|contribution${S}of${S}(?:the${S})?health${S}(?:agencies|services)(?:${S}to${S}[^.;:\\n\\t]{3,80}?)?)`,
  // Papers' and minutes' short forms of children in care, with their noun: "LAC permanence", "CLA services"
  // ("the voices of LAC were heard" names no area).
  `(?:LAC|CLA|CiC)${S}(?:permanence|services?)(?![\\w])`,
  // "Children’s services in Anyshire", "its children’s services department"
  // a place name may join its words with "of" or "upon": "Isle of Anyshire Children’s Services"
  `(?:(?:the|its|their|our|an?)${S})?(?:[A-Z][\\w’'-]*(?:${S}(?:of|upon)${S}[A-Z][\\w’'-]*)?${S}){0,3}?(?:${SERVICE_NP})(?:${placeIn(S)})?`,
].join('|');

export const BE = `(?:is|are|was|were|has${S}been|have${S}been|had${S}been|remains?|remained|(?:has|have|had)${S}remained)(?:${S}(?:also|all|both|now|then|still|overall|again|once${S}again|officially|this${S}(?:month|week|year)))*`;
export const JUDGED = `(?:judged|rated|graded|found|deemed|assessed|considered|reclassified|classified)(?:${S}by${S}Ofsted)?(?:${S}overall)?(?:${S}(?:as|to${S}be|to(?=${S}requir)))?`;
// What may follow a grade that ends its clause: punctuation, a line end before a blank line or a capital
// (a headline: "Ofsted rates Anyshire as ‘good’"), or a function word, never a noun ("rated good practice").
export const AFTER = `(?=${Q}(?:\\s{0,20}$|[ \\t]{0,20}\\n(?:[ \\t]{0,20}\\n|[ \\t]{0,20}[A-Z])|\\s{0,20}[.,;:)!?]|${S}[–—-]${S}|${S}(?:overall|in|for|by|at(?!${S}\\w+ing\\b)|since|once|again|last|this|three|two|four|five|six|\\d+|years?|ago|has|have|had|is|are|was|were|and|but|after|before|following|when|with|until|across|from|on|under|as|because|while|whilst|whereas|although|though|which|who|where|ahead|amid|according|despite|yet|still|now|then|too|says|said|say|inspectors|Ofsted)\\b))`;
// "Health information for care leavers is good": a subject after a preposition is a sub-topic.
// "capacity to improve services for …": the capacity judgement (judgement-prose.ts), not the services'.
// "The quality of the adoption service remains good" is the service's grade, not a sub-topic's.
export const SUB_TOPIC =
  /\b(?<!\bquality\s+(?=of))(?:for|of|to|with|about|from|on|by|among|amongst|including|into|than|in|capacity\s+(?:for|to)\s+improve(?:ment)?)\s+$/i;
// "by government inspectors", "by Ofsted's inspectors" are the inspectorate too.
export const NOT_BY_OTHERS =
  /^["'’”]?\s{1,20}by\s{1,20}(?!(?:[\w’'-]+\s{1,20}){0,2}(?:Ofsted|OFSTED|inspectors|HMI)\b|the\s+(?:inspectorate|regulator|watchdog))/i;
// The service as a whole, or services for children in general: the overall grade.
export const WHOLE_SERVICE = new RegExp(
  `(?:${SERVICE_NP})(?:${placeIn(' ')})?$|^(?:the )?services?\\s+for\\s+(?:[\\w-]+\\s+){0,3}?(?:children|young\\s+people|families)\\b(?!\\s+(?:in\\s+care|looked|leaving|who))`,
  'i',
);

/** The capacity judgement of 2009–12 (SIF, annual assessment) as papers word it: "capacity for improvement", "capacity to improve". */
export const CAPACITY = /\bcapacity\s+(?:for|to)\s+improve/i;

export function areaJudgement(id: string, text: string, m: RegExpExecArray, area: string, grade: string): RawJudgement {
  const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
  const clean = area
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\bcare lea\w+/i, 'care leavers');
  // SLAC "safeguarding" is help and protection, as earlier-areas.ts reads it.
  // "capacity for improvement of safeguarding services" is the capacity judgement (areas.ts).
  const key = CAPACITY.test(clean)
    ? areaKeyOf(clean)
    : WHOLE_SERVICE.test(clean)
      ? 'overall'
      : /^(?:the )?(?:\w+[’']s )?safeguarding(?! children (?:board|partnership))/i.test(clean)
        ? 'help_protection'
        : areaKeyOf(clean);
  return { ruleId: id, area: clean, areaKey: key, grade: normaliseGrade(grade), start: m.index, end, prose: true };
}

export function notTheCouncils(text: string, m: RegExpExecArray, gradeEnd: number): boolean {
  const sentence = sentenceAround(text, m.index, gradeEnd);
  const lead = text.slice(sentence.start, m.index);
  // An aim or count counts in the subject's own clause: "found to have been building … and the adoption service was rated …".
  const clause = lead.slice(Math.max(0, lead.search(/\s(?:and|but)\s+$/i)));
  return (
    // "No LSCB has been judged outstanding", "11 LSCBs were found to be good": a count, not one board.
    /\b(?:no|any|every|each|other|many|several|most|some|\d+)\s+$/i.test(lead) ||
    aimOrCount(clause, clause.length) ||
    otherProvider(text, gradeEnd) ||
    NOT_BY_OTHERS.test(text.slice(gradeEnd, gradeEnd + 40)) ||
    (SUB_TOPIC.test(lead.slice(-30)) && !/judge?ment|grade|rating/i.test(lead))
  );
}
