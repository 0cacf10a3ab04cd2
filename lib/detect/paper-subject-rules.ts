// Papers and news giving an area a grade with the area as the subject, in any of the ways papers name
// it: "The experiences and progress of care leavers requires improvement", "Services for vulnerable
// children delivered by Anyshire County Council are ‘good’ overall", "Help and protection services
// were rated inadequate", "Its children’s services department rated inadequate once again" (a
// headline or reduced relative, no copula), "the adoption element … was singled out for praise and
// rated as “good”"; and the same subject after a reporting verb of the inspectorate: "A re-inspection
// of Anyshire’s children’s services found they remain ‘inadequate’", "Inspectors concluded that the
// service is now good". Read only outside Ofsted's own reports (detect-judgements.ts).
import { AREA_REACH, matchesNearGrades } from './anchor-index';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { G, Q, QQ, rule } from './news-shared';
import { AFTER, AREA_NP, BE, JUDGED, S, anyCase, areaJudgement, notTheCouncils } from './paper-area-phrases';
import { sentenceAround } from './text-util';

/** Groups: 1 the area, 2 a copula, 3 "judged", 4 a quote, 5 the grade (or the verb "requires improvement"). */
const AREA_JUDGED = anyCase(
  `\\b(${AREA_NP})(?<=\\S)(?:${S}(${BE}))?(?:${S}(${JUDGED}|[^.;\\n]{0,60}?${S}and${S}(?:was${S}|were${S})?${JUDGED}))?${S}(${QQ})?${G}${AFTER}`,
);

const SPEAKER = /\b(?:Ofsted|OFSTED|inspectors?|inspection|re-inspection|report|HMI|inspectorate|watchdog|regulator)\b/i;
/** "found they remain ‘inadequate’", "concluded that the service is now good". Groups: 1 the subject, 2 the grade. */
const REPORTED = anyCase(
  `\\b(?:found|finds|concluded|concludes|said|says|stated|states|reported|reports|decided|confirmed|confirms)${S}(?:that${S})?` +
    `(they|it|(?:the|its|their)${S}(?:services?|council|(?:local${S})?authority|department)|${AREA_NP})(?<=\\S)${S}(?:${BE}(?:${S}(?:judged|rated|graded)(?:${S}(?:as|to${S}be))?)?|to${S}be)${S}${Q}${G}${AFTER}`,
);

// Leaders and people are graded only with a judging verb or a quoted grade: "Leadership is good" describes.
const PEOPLE =
  /^(?:(?:the\s+)?(?:care\s+leavers|leaving\s+care|adoption|fostering|safeguarding)$|(?:the\s+)?(?:care\s+leavers|leaving\s+care)|children|(?:services\s+for\s+)?(?:children\s+in\s+care|looked|children\s+looked)|(?:senior\s+)?leadership)/i;
// A bare copula ("are good") states a grade only at the clause's end: "good at listening" describes.
const CLAUSE_END = /^(?:\s{0,20}$|\s{0,20}[.,;:)!?]|\s{1,20}overall\b)/;
// A reduced relative then its own verb ("A department rated inadequate has made progress"): an earlier grade.
// Within its paragraph: after a blank line ("… rated as ‘good’\n\nMedia playback is …") is another sentence.
const THEN_MAIN_VERB =
  /^["'’”]?(?:[ \t]{1,20}|[ \t]*\n[ \t]*)(?:\w+(?:[ \t]{1,20}|[ \t]*\n[ \t]*)){0,2}?(?:ago|has|have|is|are)\b/i;

function findAreaJudged(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of matchesNearGrades(text, AREA_JUDGED, AREA_REACH)) {
    const [, area, copula, judged, quote, grade] = m as unknown as (string | undefined)[];
    const gradeEnd = m.index + m[0].length;
    if (notTheCouncils(text, m, gradeEnd)) continue;
    // No copula and no judging verb: only the verb "requires improvement" or a headline's quoted grade.
    if (!judged && !quote && !/^requir/i.test(grade!) && (!copula || !CLAUSE_END.test(text.slice(gradeEnd, gradeEnd + 12))))
      continue;
    if (PEOPLE.test(area!) && !judged && !quote) continue;
    const j = areaJudgement('area-subject-judged', text, m, area!, grade!);
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
    if (!SPEAKER.test(text.slice(sentence.start, m.index)) || notTheCouncils(text, m, m.index + m[0].length)) continue;
    const subject = m[1]!;
    const current = /\bremain/i.test(m[0]) ? { current: true } : {};
    out.push({
      ...areaJudgement(
        'reported-subject-grade',
        text,
        m,
        /^(?:they|it|the|its|their)\b/i.test(subject) && !/care|leader|adoption|help/i.test(subject) ? 'overall' : subject,
        m[2]!,
      ),
      ...current,
    });
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
