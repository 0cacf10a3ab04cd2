// One broad rule for papers and news, read after the phrase-shaped rules and kept only where none of
// them found the grade: a grade word in a grade's place (quoted, capitalised, or after a judging
// verb, a copula or "as"/"to"/"of", and ending its clause or naming a judgement), in the same
// sentence as an area phrase (any of its paper variants) or the authority or its service, with a
// judging cue anywhere in the sentence. "Bradford children's services have once again been deemed
// inadequate", "the ‘inadequate’ Ofsted report on Anyshire's children's services", "Anyshire
// County Council children's services: branded Inadequate". Aims, hypotheticals, counts across
// authorities, schools and other providers, and the scale written out are left to the shared guards
// (detect-judgements.ts, news-shared.ts). Read only outside Ofsted's own reports.
import { anchorsOf } from './anchor-spans';
import { GRADE_SOURCE, normaliseGrade } from './grades';
import { areaKeyOf } from './areas';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { aimOrCount, otherProvider, rule } from './news-shared';
import { AREA_NP, SERVICE_NP, WHOLE_SERVICE, anyCase } from './paper-area-phrases';
import { sentenceAround } from './text-util';

const GRADE_ONLY = new RegExp(`^(?:${GRADE_SOURCE})$`, 'i');
const QUOTES = /["'‘’“”]/;
// A judging cue anywhere in the sentence.
const CUE =
  /\b(?:rat(?:ed|ing|ings)|judge?(?:d|ment|ments)|found|grad(?:ed|e|ing)|assessed|assessment|deemed|described|classed|classified|ranked|branded|labelled|verdict|outcome|score[ds]?|Ofsted|OFSTED|inspectors?|inspect(?:ion|ed)|re-inspection|inspectorate|watchdog|regulator)\b/i;
// What may stand just before a plain grade: a copula, a judging verb, "as", "to", "of", "from".
const BEFORE_PLAIN =
  /\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|now|still|again|overall|rated|judged|graded|assessed|deemed|found|classed|classified|ranked|branded|labelled|described|considered|as|to|of|from|an?|the|its|their|received|achieved|awarded|given|got|gained|retained|kept)\s+$/i;
// What may follow a grade: the clause's end, a function word, or a judgement noun, never another noun.
const AFTER_GRADE =
  /^["'’”]?(?:\s*$|\s*[.,;:)!?]|\s+[–—-]\s|\s+(?:overall|in|for|by|at|since|once|again|across|from|on|as|with|and|but|after|following|when|until|while|whilst|although|though|which|who|where|because|says|said|according|this|last|ago|\d{4}|(?:Ofsted\s+)?(?:rating|ratings|judge?ments?|grade|grading|verdict|outcome|label|status|report|result|score))\b)/i;
// A quoted or capitalised grade may also name what was graded: "the ‘inadequate’ children's services".
const AFTER_MARKED = /^["'’”]?\s+(?:(?:sub[\s-]?)?judge?ments?|ratings?|Ofsted|inspection|children|services?|council|authority|department)\b/i;
const SUBJECT = anyCase(`\\b(?:${AREA_NP})(?<=\\S)`);
const COUNCIL = /\b(?:(?:the|its|our)\s+(?:local\s+)?(?:council|authority|department|service)|[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3}\s+(?:County\s+|City\s+|Borough\s+)?Council)\b/g;
const REACH = 300;
// A share of many authorities ("A quarter of English councils are now rated outstanding"), or two
// grades given together as plural ratings ("received good and outstanding Ofsted ratings"): no one grade.
const SHARE = /\b(?:quarter|half|third|fifth|majority|minority|proportion|number|percentage|share|most|\d+\s*%|per\s*cent)\s+of\b/i;
const PAIRED = new RegExp(`^\\s+(?:and|or)\\s+(?:${GRADE_SOURCE})\\s+(?:\\w+\\s+)?(?:ratings|judge?ments|grades)\\b`, 'i');

function gradeMarked(text: string, start: number, end: number): 'quoted' | 'capital' | 'plain' | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (QUOTES.test(text[start - 1] ?? '') && /^["'’”]/.test(after)) return 'quoted';
  if (/[A-Z]/.test(text[start]!) && !/(?:^|[.!?:]\s*|\n\s*)$/.test(before)) return 'capital';
  return BEFORE_PLAIN.test(before) ? 'plain' : null;
}

/** The subject nearest the grade in [from, to): an area phrase or the council, before the grade if any. */
function nearestSubject(text: string, from: number, to: number, at: number): { start: number; end: number; area: string } | null {
  let best: { start: number; end: number; area: string } | null = null;
  const piece = text.slice(from, to);
  for (const re of [SUBJECT, COUNCIL]) {
    re.lastIndex = 0;
    for (const m of piece.matchAll(re)) {
      const s = { start: from + m.index, end: from + m.index + m[0].length, area: m[0] };
      if (s.end > at && s.start < at) continue;
      const dist = s.end <= at ? at - s.end : s.start - at + REACH;
      const bestDist = best ? (best.end <= at ? at - best.end : best.start - at + REACH) : Infinity;
      if (dist < bestDist) best = s;
    }
  }
  return best;
}

function keyOf(area: string): RawJudgement['areaKey'] {
  const clean = area.replace(/\s+/g, ' ').trim();
  if (WHOLE_SERVICE.test(clean) || COUNCIL_ONLY.test(clean)) return 'overall';
  return /^(?:the )?(?:\w+[’']s )?safeguarding(?! children (?:board|partnership))/i.test(clean) ? 'help_protection' : areaKeyOf(clean);
}
const COUNCIL_ONLY = new RegExp(`(?:council|authority|department|service|${SERVICE_NP})$`, 'i');

/** Each grade word in a grade's place with a subject and a judging cue in its sentence. */
export function findSentenceGrades(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  const { starts, ends } = anchorsOf(text);
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    if (!GRADE_ONLY.test(text.slice(start, end)) || /\w/.test(text[start - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
    const marked = gradeMarked(text, start, end);
    const after = text.slice(end, end + 40);
    if (!marked || !(AFTER_GRADE.test(after) || (marked !== 'plain' && AFTER_MARKED.test(after)))) continue;
    const s = sentenceAround(text, start, end);
    const from = Math.max(s.start, start - REACH);
    const to = Math.min(s.end, end + REACH);
    if (!CUE.test(text.slice(from, to)) || aimOrCount(text, start) || otherProvider(text, start)) continue;
    if (SHARE.test(text.slice(from, start)) || PAIRED.test(after)) continue;
    const subject = nearestSubject(text, from, to, start);
    if (!subject) continue;
    const close = QUOTES.test(text[end] ?? '') ? 1 : 0;
    out.push({
      ruleId: 'sentence-grade',
      area: subject.area.replace(/\s+/g, ' ').trim(),
      areaKey: keyOf(subject.area),
      grade: normaliseGrade(text.slice(start, end)),
      start: Math.min(subject.start, start),
      end: Math.max(subject.end, end + close),
      prose: true,
    });
  }
  return out;
}

export const sentenceGradeRules: JudgementRule[] = [
  rule(
    'sentence-grade',
    'A grade in a grade’s place with an area or the council and a judging cue in the same sentence (papers only; where no other rule found the grade)',
    findSentenceGrades,
    {
      match: [
        'Bradford children’s services have once again been deemed inadequate.',
        'The council took no pleasure from the ‘inadequate’ Ofsted report on its children’s services.',
        'Anyshire County Council children’s services branded Inadequate by inspectors',
        'Ofsted classed help and protection services as “requires improvement”.',
        'Care leavers’ services were ranked good by the inspectors.',
      ],
      miss: [
        'Inspectors found good practice in the children’s services department.',
        'The council aims to be rated good at its next inspection.',
        'Ofsted rated 12 councils good this year.',
        'The school was judged good by Ofsted.',
        'Children’s services have made good progress since the inspection.',
        'A quarter of English councils are now rated outstanding by Ofsted for their children’s services.',
        'A children’s services department has received good and outstanding Ofsted ratings.',
      ],
    },
  ),
];
