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
import { areaKeyOf } from './areas';
import type { JudgementRule, RawJudgement } from './judgement-rules';
import { aimOrCount, otherProvider, rule } from './news-shared';
import { SERVICE_NP, SUB_TOPIC, WHOLE_SERVICE } from './paper-area-phrases';
import {
  AFTER_GRADE,
  AFTER_MARKED,
  AREAS,
  BEFORE_PLAIN,
  COUNCIL,
  CUE,
  GRADE_ONLY,
  PAIRED,
  PRONOUN,
  QUOTES,
  REACH,
  SHARE,
  SUBJECT,
  TARGET,
  VERB_THEN_OBJECT,
  NO_CUE_NEEDED,
  GENERAL,
  AWARDED_TO_MANY,
  PLACE,
} from './sentence-grade-words';
import { sentenceAround } from './text-util';

function gradeMarked(text: string, start: number, end: number): 'quoted' | 'capital' | 'plain' | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  if (QUOTES.test(text[start - 1] ?? '') && /^["'’”]/.test(after)) return 'quoted';
  if (/[A-Z]/.test(text[start]!) && !/(?:^|[.!?:]\s*|\n\s*)$/.test(before)) return 'capital';
  return BEFORE_PLAIN.test(before) || VERB_THEN_OBJECT.test(before.replace(/^[^\n.;]*[\n.;]/, '')) ? 'plain' : null;
}

interface Subject {
  start: number;
  end: number;
  area: string;
}

// "moved from ‘inadequate’ to ‘requires improvement’": the subject before the first grade is the second's too.
const FROM_TO = /^["'’”]?\s+to\s+["'‘“]?$/;

// Before the grade (and after any grade word before it) is nearer than anything after it.
const distance = (s: Subject, at: number) => (s.end <= at ? at - s.end : s.start - at + REACH);

/** The subject nearest the grade at `at` in [from, to): an area phrase, the council, a pronoun or the areas counted. */
function nearestSubject(text: string, from: number, to: number, at: number): Subject | null {
  let best: Subject | null = null;
  const piece = text.slice(from, to);
  for (const re of [SUBJECT, COUNCIL, PRONOUN, AREAS, PLACE]) {
    re.lastIndex = 0;
    for (const m of piece.matchAll(re)) {
      const own = m[1] ? m.index + m[0].length - m[1].length : m.index;
      const s = { start: from + own, end: from + m.index + m[0].length, area: m[1] || re === PLACE ? 'overall' : m[0] };
      if (s.end > at && s.start < at) continue;
      if (!best || distance(s, at) < distance(best, at)) best = s;
    }
  }
  return best;
}

function keyOf(area: string): RawJudgement['areaKey'] {
  const clean = area.replace(/\s+/g, ' ').trim();
  if (/^child protection/i.test(clean)) return 'help_protection';
  if (/inspection$/i.test(clean)) return 'overall';
  if (WHOLE_SERVICE.test(clean) || COUNCIL_ONLY.test(clean)) return 'overall';
  return /^(?:the )?(?:\w+[’']s )?safeguarding(?! children (?:board|partnership))/i.test(clean) ? 'help_protection' : areaKeyOf(clean);
}
const COUNCIL_ONLY = new RegExp(`(?:council|authority|department|service|${SERVICE_NP})$`, 'i');

const SUBJECT_HERE = new RegExp(SUBJECT.source, 'y');

/** An area named right after a quoted or capitalised grade: "‘outstanding’ leadership and governance". */
function areaRightAfter(text: string, end: number): Subject | null {
  const gap = /^["'’”]?\s{1,3}/.exec(text.slice(end, end + 5));
  if (!gap || !/["'’”]/.test(text[end] ?? '')) return null;
  SUBJECT_HERE.lastIndex = end + gap[0].length;
  const m = SUBJECT_HERE.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, area: m[0] } : null;
}

/** Where a grade word stands as a grade, with a judging cue and no guard against it in its sentence. */
function gradeHere(text: string, start: number, end: number): { from: number; to: number; sentenceStart: number } | null {
  if (!GRADE_ONLY.test(text.slice(start, end)) || /\w/.test(text[start - 1] ?? '') || /\w/.test(text[end] ?? '')) return null;
  const marked = gradeMarked(text, start, end);
  const after = text.slice(end, end + 40);
  if (!marked || !(AFTER_GRADE.test(after) || (marked !== 'plain' && AFTER_MARKED.test(after)))) return null;
  const s = sentenceAround(text, start, end);
  const from = Math.max(s.start, start - REACH);
  const to = Math.min(s.end, end + REACH);
  const cue = CUE.test(text.slice(from, to)) || NO_CUE_NEEDED.test(text.slice(start, end));
  if (!cue || aimOrCount(text, start) || otherProvider(text, start)) return null;
  const lead = text.slice(from, start);
  if (GENERAL.test(text.slice(from, to)) || AWARDED_TO_MANY.test(after)) return null;
  return SHARE.test(lead) || TARGET.test(lead) || PAIRED.test(after) ? null : { from, to, sentenceStart: s.start };
}

// "No LSCB has been judged", "the support for young people leaving care": a count or a sub-topic, not the subject.
const COUNTED = /\b(?:no|any|every|each|other|many|several|most|some|\d+)\s+$/i;
const SPEAKS = /\b(?:Ofsted|OFSTED|inspectors?|inspection|inspectorate|report)\b/i;

const JUDGING_VERB = /\b(?:rated|judged|graded|deemed|assessed|found|classed|ranked|branded|labelled|reported|described)\b/i;
// Before the grade, a subject a word or two after a preposition is a sub-topic: "the support for young people leaving care".
const NEAR_PREPOSITION = /\b(?:support|help|work|information|advice|plans?|provision)\s+(?:for|of|to|with)\s+(?:[\w’'-]+\s+){0,2}$/i;

function subjectFits(text: string, s: Subject, sentenceStart: number, gradeStart: number): boolean {
  const lead = text.slice(Math.max(sentenceStart, s.start - 40), s.start);
  // Only with a bare copula: "improvements in the adoption service, now rated ‘good’" grades the service.
  const sub = s.end <= gradeStart && !JUDGING_VERB.test(text.slice(s.end, gradeStart)) && (SUB_TOPIC.test(lead) || NEAR_PREPOSITION.test(lead));
  if (COUNTED.test(lead) || (sub && !/judge?ment|grade|rating/i.test(lead))) return false;
  // A pronoun is the council's only where the inspectorate speaks: "Parents found they were good" is none.
  return s.area !== 'overall' || !/^(?:it|them|they)$/i.test(text.slice(s.start, s.end)) || SPEAKS.test(text.slice(sentenceStart, s.start));
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
    const from = i > 0 && !FROM_TO.test(text.slice(ends[i - 1]!, start)) ? Math.max(here.from, ends[i - 1]!) : here.from;
    const subject = areaRightAfter(text, end) ?? nearestSubject(text, from, here.to, start);
    if (!subject || !subjectFits(text, subject, here.sentenceStart, start)) continue;
    const close = QUOTES.test(text[end] ?? '') ? 1 : 0;
    out.push({
      ruleId: 'sentence-grade',
      area: subject.area.replace(/\s+/g, ' ').trim(),
      areaKey: keyOf(subject.area),
      grade: normaliseGrade(text.slice(start, end)),
      start: Math.min(subject.start, start),
      end: Math.max(subject.end, end + close),
      gradeAt: { start, end },
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
