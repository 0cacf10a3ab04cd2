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
import { normaliseGrade } from './grades';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { rule } from './news-shared';
import { keyOf, subjectFits, type Subject } from './sentence-grade-subject';
import {
  AREAS,
  COUNCIL,
  JUDGEMENT_NOUN_AFTER,
  OVERALL_BEFORE,
  PLACE,
  PLACE_HEAD,
  PRONOUN,
  QUOTES,
  REACH,
  SUBJECT,
  WE,
} from './sentence-grade-words';
import { gradeHere } from './sentence-grade-place';

// "moved from ‘inadequate’ to ‘requires improvement’": the subject before the first grade is the second's too.
const FROM_TO = /^["'’”]?\s+to\s+["'‘“]?$/;

// "rated ‘good’, having previously been judged ‘inadequate’", "which they rated "good", after being found
// to be "inadequate"": a participle clause with no subject of its own grades the main clause's subject.
const PARTICIPLE =
  /,?\s(?:having\s+(?:previously\s+|once\s+|earlier\s+|first\s+|also\s+)?been|after\s+(?:previously\s+)?being|since\s+being)\s+(?:(?:rated|judged|graded|found|assessed|deemed|classed|labelled|branded|described)\s+)?(?:as\s+|to\s+be\s+)?["'‘“]?$/i;

// The year a participle's grade names right after it ("… after being found to be ‘inadequate’ during their
// 2015 visit"): the clause is about an earlier inspection, dated there.
const PARTICIPLE_YEAR = /^["'’”]?\s+(?:in|during|at|from|since)\s+(?:(?:the|their|its|our)\s+)?((?:19|20)\d\d)\b/;

// Before the grade (and after any grade word before it) is nearer than anything after it.
const distance = (s: Subject, at: number) => (s.end <= at ? at - s.end : s.start - at + REACH);

const LIST_AFTER = /\b(?:including|such\s+as|for\s+example|e\.g\.)/i;
const BARE_GAP = /^,?\s*(?:(?:also|still|now|all|both|in\s+particular|continues?\s+to)\s+)?$/i;
const ALL_KINDS = [SUBJECT, COUNCIL, PRONOUN, AREAS, PLACE, PLACE_HEAD, WE];

/** The subject nearest the grade at `at` in [from, to): an area phrase, the council, a pronoun or the areas counted. */
function nearestSubject(text: string, from: number, to: number, at: number, kinds = ALL_KINDS): Subject | null {
  let best: Subject | null = null;
  const piece = text.slice(from, to);
  for (const re of kinds) {
    re.lastIndex = 0;
    for (const m of piece.matchAll(re)) {
      const own = m[1] ? m.index + m[0].length - m[1].length : m.index;
      const s = {
        start: from + own,
        end: from + m.index + m[0].length,
        area: m[1] || re === PLACE || re === PLACE_HEAD || re === WE ? 'overall' : m[0],
      };
      if (s.end > at && s.start < at) continue;
      if (!best || distance(s, at) < distance(best, at)) best = s;
    }
  }
  return best;
}

const SUBJECT_HERE = new RegExp(SUBJECT.source, 'y');

/** An area named right after a quoted or capitalised grade: "‘outstanding’ leadership and governance". */
function areaRightAfter(text: string, end: number): Subject | null {
  const gap = /^["'’”]?\s{1,3}/.exec(text.slice(end, end + 5));
  if (!gap || !/["'’”]/.test(text[end] ?? '')) return null;
  SUBJECT_HERE.lastIndex = end + gap[0].length;
  const m = SUBJECT_HERE.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, area: m[0] } : null;
}

/** "the overall ‘good’ service rating", "the overall level of ‘Good’": the grade names the overall judgement itself. */
function overallNamed(text: string, start: number, end: number): Subject | null {
  const m = OVERALL_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
  if (!m || (!/of\s+["'‘“]?$/i.test(m[0]) && !JUDGEMENT_NOUN_AFTER.test(text.slice(end, end + 40)))) return null;
  const at = start - m[0].length;
  return { start: at, end: start, area: 'overall' };
}

/**
 * Each grade word in a grade's place with a subject and a judging cue in its sentence; `skip` tells
 * which grade words another rule has read already (they cost nothing more). Linear: each grade word
 * reads at most REACH characters either side.
 */
export function findSentenceGrades(text: string, skip: (start: number, end: number) => boolean = () => false): RawJudgement[] {
  const out: RawJudgement[] = [];
  const { starts, ends } = anchorsOf(text);
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    if (skip(start, end)) continue;
    const here = gradeHere(text, start, end);
    if (!here) continue;
    // A subject before the grade belongs to it only after the grade word before it.
    const gap = i > 0 ? text.slice(Math.max(ends[i - 1]!, start - 80), start) : '';
    // A participle's subject is read as the grade before it would read it.
    const linked = i > 0 && PARTICIPLE.test(gap) ? starts[i - 1]! : start;
    const from = i > 0 && !FROM_TO.test(gap) && linked === start ? Math.max(here.from, ends[i - 1]!) : here.from;
    // A service received is an area's only (before the grade): "Families receive a good service" grades nobody.
    const subject = here.received
      ? nearestSubject(text, from, start, start, [SUBJECT])
      : here.bare
        ? nearestSubject(text, from, here.to, start, [SUBJECT, COUNCIL, AREAS])
        : (overallNamed(text, start, end) ?? areaRightAfter(text, end) ?? nearestSubject(text, from, here.to, start));
    if (!subject || !subjectFits(text, subject, here.sentenceStart, subject.end <= linked ? linked : start)) continue;
    // "flagged up as requiring improvement including the use of … a high quality of practice": what a list after the grade names deep inside is a part.
    // ("… ‘inadequate’ including the overall effectiveness of …": an area a few words into the list is graded.)
    const listed = subject.start >= end ? LIST_AFTER.exec(text.slice(end, subject.start)) : null;
    if (listed && !/^\s+(?:[\w’'-]+\s+){0,5}$/.test(text.slice(end + listed.index + listed[0].length, subject.start))) continue;
    if (here.received && keyOf(subject.area) === 'overall') continue;
    // A verb-phrase grade's subject stands right before it: "some areas of practice require improvement" is no council's.
    // (The areas counted are read up to the sentence's end: "Three areas in particular require improvement" looks ahead to the verb.)
    if (here.bare && (subject.end > start || !BARE_GAP.test(text.slice(subject.end, start)))) continue;
    const close = QUOTES.test(text[end] ?? '') ? 1 : 0;
    const dated = linked !== start ? PARTICIPLE_YEAR.exec(text.slice(end, end + 40))?.[1] : undefined;
    out.push({
      ruleId: 'sentence-grade',
      area: subject.area.replace(/\s+/g, ' ').trim(),
      areaKey: keyOf(subject.area),
      grade: normaliseGrade(text.slice(start, end)),
      start: Math.min(subject.start, start),
      end: Math.max(subject.end, end + close),
      gradeAt: { start, end },
      prose: true,
      ...(dated ? { dated } : {}),
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
