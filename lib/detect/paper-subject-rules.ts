// Papers and news giving an area a grade with the area as the subject, in any of the ways papers name
// it: "The experiences and progress of care leavers requires improvement", "Services for vulnerable
// children delivered by Anyshire County Council are ‘good’ overall", "Help and protection services
// were rated inadequate", "Its children’s services department rated inadequate once again" (a
// headline or reduced relative, no copula), "the adoption element … was singled out for praise and
// rated as “good”"; and the same subject after a reporting verb of the inspectorate: "A re-inspection
// of Anyshire’s children’s services found they remain ‘inadequate’", "Inspectors concluded that the
// service is now good". Read only outside Ofsted's own reports (detect-judgements.ts).
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import { areaKeyOf } from './areas';
import { normaliseGrade } from './grades';
import { closingQuote } from './grade-from-to';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { G, Q, QQ, aimOrCount, otherProvider, rule } from './news-shared';
import { sentenceAround } from './text-util';

const S = '\\s{1,20}';
/** A global pattern whose lower-case letters match either case; "[A-Z]" (a capitalised place name) stays upper case. */
const anyCase = (source: string) => new RegExp(source.replace(/(?<!\\)[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`), 'g');
const POSS = "[’']s";
/** The council's service as a whole: "children’s services department", "children’s social care", "council services". */
const SERVICE_NP =
  `(?:(?:council|county|borough|city|authority)${POSS}?${S})?children${POSS}?${S}(?:social${S}(?:care|work)${S})?(?:services?|department|directorate|trust)(?:${S}(?:department|directorate))?` +
  `|(?:council|county|borough|city|authority)${POSS}?${S}(?:children${POSS}?${S})?social${S}care(?:${S}services)?|children${POSS}?${S}social${S}care` +
  `|council${S}services`;
/** The ILACS, SIF and SLAC areas as papers word them. "lea\\w+": reporters' "care leaders" too. */
const AREA_NP = [
  `(?:the${S})?experiences?${S}(?:and${S}progress${S})?of${S}(?:children|care${S}lea\\w+|young${S}people)[^.;:\\n\\t]{0,80}?`,
  `children${S}(?:who${S}(?:need|require)|in${S}need${S}of)${S}help${S}and${S}protection`,
  `(?:the${S})?help${S}and${S}protection(?:${S}(?:services?|work|of${S}children))?`,
  `(?:services${S}for${S})?(?:children${S}in${S}care|looked[\\s-]after${S}children|children${S}looked${S}after)(?:${S}services?)?`,
  `(?:the${S})?(?:care${S}leavers${POSS}?|leaving${S}care)(?:${S}services?)?`,
  `(?:the${S})?impact${S}of${S}leaders(?:hip)?(?:${S}on${S}[^.;:\\n\\t]{3,80}?)?`,
  `(?:senior${S})?leadership(?:,?${S}(?:and${S})?management)?(?:,?${S}and${S}governance)?`,
  `(?:the${S})?(?:adoption|fostering)(?:${S}(?:element|part|side|arm|work|provision|function|service|services|performance|agency)(?:${S}of${S}(?:the|its|their)${S}(?:services?|council|department))?)?`,
  `services${S}for${S}(?:[\\w-]+${S}){0,3}?(?:children|young${S}people|care${S}leavers|families)[^.;:\\n\\t]{0,100}?`,
  `(?:(?:the|its|their|our|an?)${S})?(?:[A-Z][\\w’'-]*${S}){0,3}?(?:${SERVICE_NP})`,
].join('|');

const BE = `(?:is|are|was|were|has${S}been|have${S}been|had${S}been|remains?|remained|(?:has|have|had)${S}remained)(?:${S}(?:also|all|both|now|then|still|overall|again|once${S}again|officially|this${S}(?:month|week|year)))*`;
const JUDGED = `(?:judged|rated|graded|found|deemed|assessed|considered|reclassified|classified)(?:${S}by${S}Ofsted)?(?:${S}overall)?(?:${S}(?:as|to${S}be|to(?=${S}requir)))?`;
// What may follow a grade that ends its clause: punctuation, or a function word, never a noun ("rated good practice").
const AFTER =
  `(?=${Q}(?:\\s{0,20}$|\\s{0,20}[.,;:)!?]|${S}[–—-]${S}|${S}(?:overall|in|for|by|at|since|once|again|last|this|three|two|four|five|six|\\d+|years?|ago|has|have|had|is|are|was|were|and|but|after|before|following|when|with|until|across|from|on|as|because|while|whilst|whereas|although|though|which|who|where|ahead|amid|according|despite|yet|still|now|then|too|says|said|say|inspectors|Ofsted)\\b))`;
/** Groups: 1 the area, 2 a copula, 3 "judged", 4 a quote, 5 the grade (or the verb "requires improvement"). */
export const AREA_JUDGED = anyCase(
  `\\b(${AREA_NP})(?<=\\S)(?:${S}(${BE}))?(?:${S}(${JUDGED}|[^.;\\n]{0,60}?${S}and${S}(?:was${S}|were${S})?${JUDGED}))?${S}(${QQ})?${G}${AFTER}`,
);

const SPEAKER = /\b(?:Ofsted|OFSTED|inspectors?|inspection|re-inspection|report|HMI|inspectorate|watchdog|regulator)\b/i;
/** "found they remain ‘inadequate’", "concluded that the service is now good". Groups: 1 the subject, 2 the grade. */
const REPORTED = anyCase(
  `\\b(?:found|finds|concluded|concludes|said|says|stated|states|reported|reports|decided|confirmed|confirms)${S}(?:that${S})?` +
    `(they|it|(?:the|its|their)${S}(?:services?|council|(?:local${S})?authority|department)|${AREA_NP})(?<=\\S)${S}(?:${BE}(?:${S}(?:judged|rated|graded)(?:${S}(?:as|to${S}be))?)?|to${S}be)${S}${Q}${G}${AFTER}`,
);

// "Health information for care leavers is good": a subject after a preposition is a sub-topic.
// "capacity to improve services for …": the capacity judgement (judgement-prose.ts), not the services'.
const SUB_TOPIC = /\b(?:for|of|to|with|about|from|on|by|among|amongst|including|into|than|in|capacity\s+(?:for|to)\s+improve(?:ment)?)\s+$/i;
// Leaders and people are graded only with a judging verb or a quoted grade: "Leadership is good" describes.
const PEOPLE = /^(?:(?:the\s+)?(?:care\s+leavers|leaving\s+care|adoption|fostering)$|(?:the\s+)?(?:care\s+leavers|leaving\s+care)|children|(?:services\s+for\s+)?(?:children\s+in\s+care|looked|children\s+looked)|(?:senior\s+)?leadership)/i;
const NOT_BY_OTHERS = /^["'’”]?\s{1,20}by\s{1,20}(?!Ofsted|inspectors|HMI|the\s+(?:inspectorate|regulator|watchdog))/i;
// A bare copula ("are good") states a grade only at the clause's end: "good at listening" describes.
const CLAUSE_END = /^(?:\s{0,20}$|\s{0,20}[.,;:)!?]|\s{1,20}overall\b)/;
// A reduced relative then its own verb ("A department rated inadequate has made progress"): an earlier grade.
const THEN_MAIN_VERB = /^["'’”]?\s{1,20}(?:\w+\s{1,20}){0,2}?(?:ago|has|have|is|are)\b/i;

// The service as a whole, or services for children in general: the overall grade.
const WHOLE_SERVICE = new RegExp(`(?:${SERVICE_NP})$|^services\\s+for\\s+(?:[\\w-]+\\s+){0,3}?(?:children|young\\s+people|families)\\b(?!\\s+(?:in\\s+care|looked|leaving|who))`, 'i');

function found(id: string, text: string, m: RegExpExecArray, area: string, grade: string): RawJudgement {
  const end = m.index + m[0].length + closingQuote(text, m.index + m[0].length);
  const clean = area.replace(/\s+/g, ' ').trim().replace(/\bcare lea\w+/i, 'care leavers');
  const key = WHOLE_SERVICE.test(clean) ? 'overall' : areaKeyOf(clean);
  return { ruleId: id, area: clean, areaKey: key, grade: normaliseGrade(grade), start: m.index, end, prose: true };
}

function skip(text: string, m: RegExpExecArray, gradeEnd: number): boolean {
  const sentence = sentenceAround(text, m.index, gradeEnd);
  const lead = text.slice(sentence.start, m.index);
  // An aim or count counts in the subject's own clause: "found to have been building … and the adoption service was rated …".
  const clause = lead.slice(Math.max(0, lead.search(/\s(?:and|but)\s+$/i)));
  return (
    aimOrCount(clause, clause.length) ||
    otherProvider(text, gradeEnd) ||
    NOT_BY_OTHERS.test(text.slice(gradeEnd, gradeEnd + 40)) ||
    (SUB_TOPIC.test(lead.slice(-30)) && !/judge?ment|grade|rating/i.test(lead))
  );
}

function findAreaJudged(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, AREA_JUDGED, AREA_REACH)) {
    const [, area, copula, judged, quote, grade] = m as unknown as (string | undefined)[];
    const gradeEnd = m.index + m[0].length;
    if (skip(text, m, gradeEnd)) continue;
    // No copula and no judging verb: only the verb "requires improvement" or a headline's quoted grade.
    if (!judged && !quote && !/^requir/i.test(grade!) && (!copula || !CLAUSE_END.test(text.slice(gradeEnd, gradeEnd + 12)))) continue;
    if (PEOPLE.test(area!) && !judged && !quote) continue;
    const j = found('area-subject-judged', text, m, area!, grade!);
    // "remain(s) inadequate": the grade holds at the inspection discussed.
    if (/\bremain/i.test(copula ?? '')) j.current = true;
    if (!copula && judged && THEN_MAIN_VERB.test(text.slice(j.end, j.end + 40))) j.inspection = 'previous';
    out.push(j);
  }
  return out;
}

function findReported(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, REPORTED, AREA_REACH)) {
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    if (!SPEAKER.test(text.slice(sentence.start, m.index)) || skip(text, m, m.index + m[0].length)) continue;
    const subject = m[1]!;
    const current = /\bremain/i.test(m[0]) ? { current: true } : {};
    out.push({ ...found('reported-subject-grade', text, m, /^(?:they|it|the|its|their)\b/i.test(subject) && !/care|leader|adoption|help/i.test(subject) ? 'overall' : subject, m[2]!), ...current });
  }
  return out;
}

export const paperSubjectRules: JudgementRule[] = [
  rule(
    'area-subject-judged',
    'An area, in any of the ways papers name it, as the subject of a copula or a judging verb and a grade',
    findAreaJudged,
    {
      match: [
        'The experiences and progress of care leavers requires improvement.',
        'Services for vulnerable children delivered by Anyshire County Council are ‘good’ overall.',
        'Help and protection services were rated inadequate.',
        'Its children’s services department rated inadequate once again.',
        'Anyshire’s children’s services department has been judged to be good.',
        'The adoption service was singled out for particular praise and rated as “good”.',
        'Children who need help and protection were judged to require improvement.',
        'Anyshire Council services ‘inadequate’ for vulnerable children',
      ],
      miss: [
        'Health information for care leavers is good.',
        'The department rated good practice highly.',
        'Leadership is good at listening.',
        'Care leavers are good at cooking.',
        'The children’s services department was judged good by parents.',
        'Anyshire Council bus services ‘good’, say passengers',
      ],
    },
  ),
  rule(
    'reported-subject-grade',
    'The inspectorate’s reporting verb, then the service or an area and a grade: "found they remain ‘inadequate’"',
    findReported,
    {
      match: [
        'A re-inspection of Anyshire Council’s children’s services found they remain ‘inadequate’.',
        'Inspectors concluded that the service is now good.',
        'Ofsted’s report said services for children in Anyshire were ‘good’.',
        'Ofsted found the council’s children’s services to be good.',
      ],
      miss: [
        'Parents found they were good.',
        'Inspectors found that some plans were good.',
        'Inspectors found that it was good to see children thriving.',
      ],
    },
  ),
];
