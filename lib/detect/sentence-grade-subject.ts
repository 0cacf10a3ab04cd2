// Whether a subject the broad sentence rule (sentence-grade-rule.ts) found before or after a grade is
// the thing graded, and which area key it names. Papers and news only.
import { areaKeyOf } from './areas';
import type { RawJudgement } from './judgement-rules';
import { CAPACITY, SERVICE_NP, SUB_TOPIC, WHOLE_SERVICE } from './paper-area-phrases';

/** A subject of the broad rule: its span and its wording ("overall" for the council or a pronoun). */
export interface Subject {
  start: number;
  end: number;
  area: string;
}

// A SIF sub-judgement (paper-area-phrases.ts), never the whole service: "the contribution of health services".
const SIF_AREA = /^(?:the )?(?:ambition and|performance management|partnership working|equality and|contribution of)/i;

// The council named by itself, or by its kind alone in a headline: "County improves to ‘good’".
const COUNCIL_ONLY = new RegExp(`\\b(?:council|authority|department|services?|county|borough|city|${SERVICE_NP})$`, 'i');

/** The area key of a subject's wording: the framework area it names, else the whole service ("overall"). */
export function keyOf(area: string): RawJudgement['areaKey'] {
  // The same wording recurs (every mention of a dense page): each is read once.
  let key = keys.get(area);
  if (key === undefined) {
    if (keys.size >= 5000) keys.clear();
    keys.set(area, (key = readKey(area)));
  }
  return key;
}
const keys = new Map<string, RawJudgement['areaKey']>();

function readKey(area: string): RawJudgement['areaKey'] {
  const clean = area.replace(/\s+/g, ' ').trim();
  // "the capacity for improvement of safeguarding services": the 2009–12 capacity judgement, whatever
  // it improves (areas.ts), never the services named after it.
  if (CAPACITY.test(clean) || SIF_AREA.test(clean)) return areaKeyOf(clean);
  if (/\bchild protection\b/i.test(clean)) return 'help_protection';
  if (/inspection$/i.test(clean)) return 'overall';
  const named = areaKeyOf(clean);
  if (named !== 'other' && named !== 'overall' && !/^child/i.test(clean)) return named;
  if (WHOLE_SERVICE.test(clean) || COUNCIL_ONLY.test(clean)) return 'overall';
  return /^(?:the )?(?:\w+[’']s )?safeguarding(?! children (?:board|partnership))/i.test(clean)
    ? 'help_protection'
    : areaKeyOf(clean);
}

// "No LSCB has been judged", "the support for young people leaving care": a count or a sub-topic, not the subject.
// "some aspects of the service were deemed ‘good’": a part of the subject, no grade of it.
const COUNTED =
  /\b(?:no|any|every|each|other|many|several|most|some|certain|\d+)\s+(?:(?:aspects?|parts?|elements?|areas?|features?)\s+of\s+)?$/i;
const SPEAKS = /\b(?:Ofsted|OFSTED|inspectors?|inspection|inspectorate|report)\b/i;

const JUDGING_VERB = /\b(?:rated|judged|graded|deemed|assessed|found|classed|ranked|branded|labelled|reported|described)\b/i;
// Before the grade, a subject a word or two after a preposition is a sub-topic: "the support for young people leaving care".
const NEAR_PREPOSITION =
  /\b(?:support|help|work|information|advice|plans?|provision)\s+(?:for|of|to|with)\s+(?:[\w’'-]+\s+){0,2}$/i;
// A relative clause grades the noun just before it, even after a preposition: "progress in leadership, which was now ‘outstanding’".
const RELATIVE = /^,\s+which\s+(?:is|was|are|were|has\s+been|had\s+been)(?:\s+(?:now|also|still|then))?\s+["'‘’“”]?$/i;

/** Is `s` the graded thing for the grade at `gradeStart` (not a count, a part, a sub-topic or a bystander's pronoun)? */
export function subjectFits(text: string, s: Subject, sentenceStart: number, gradeStart: number): boolean {
  const lead = text.slice(Math.max(sentenceStart, s.start - 40), s.start);
  const between = s.end <= gradeStart ? text.slice(s.end, gradeStart) : '';
  // Only with a bare copula: "improvements in the adoption service, now rated ‘good’" grades the service.
  // "… by Ofsted, with one area receiving the top ‘outstanding’ score": "with" then a participle is a clause, not a sub-topic.
  const withClause = /\bwith\s+$/i.test(lead) && /^\s+\w+ing\b/.test(between);
  const sub =
    !withClause &&
    s.end <= gradeStart &&
    !JUDGING_VERB.test(between) &&
    !RELATIVE.test(between) &&
    (SUB_TOPIC.test(lead) || NEAR_PREPOSITION.test(lead));
  if (COUNTED.test(lead) || (sub && !/judge?ment|grade|rating/i.test(lead))) return false;
  // A pronoun is the council's only where the inspectorate speaks: "Parents found they were good" is none.
  return (
    s.area !== 'overall' ||
    !/^(?:it|them|they)$/i.test(text.slice(s.start, s.end)) ||
    SPEAKS.test(text.slice(sentenceStart, s.start))
  );
}
