// Where a grade word stands as a grade for the broad sentence rule (sentence-grade-rule.ts): marked
// (quoted, capitalised) or after a copula or judging verb, ending its clause or naming a judgement,
// with a judging cue in its sentence and no guard against it; or as the grade of a service an area
// receives ("Children in care and care leavers receive an outstanding service", "are benefiting from
// a ‘good’ service"), which is its own cue. Papers and news only.
import { RANKED_TO, aimOrCount, otherProvider } from './news-shared';
import { NOT_BY_OTHERS } from './paper-area-phrases';
import {
  AFTER_GRADE,
  AFTER_MARKED,
  AWARDED_TO_MANY,
  BEFORE_PLAIN,
  CUE,
  GENERAL,
  GRADE_ONLY,
  NO_CUE_NEEDED,
  PAIRED,
  QUOTES,
  QUOTED_FOR_SERVICE,
  REACH,
  REACHED,
  SHARE,
  TARGET,
  VERB_PHRASE_GRADE,
  VERB_THEN_OBJECT,
} from './sentence-grade-words';
import { sentenceAround } from './text-util';

type Mark = 'quoted' | 'capital' | 'plain' | 'bare';

// The rest of a quoted verdict after its grade: a comma, then a few words and the closing quote.
const QUOTED_VERDICT = /^,\s[^"'‘’“”\n.;]{1,40}["'’”]/;

// A grade that is a verb phrase stands as a grade after its subject alone ("Children’s services in Anyshire
// perform adequately", "the experiences and progress of children who need help and protection, require
// improvement"); the rule then takes only an area or the council before it as its subject.
function gradeMarked(text: string, start: number, end: number): Mark | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  // The closing quote may follow the clause's stop or comma: "said to “require improvement.”", "judged ‘good,’ they said".
  // A quoted verdict may go on after its grade: "judged “good, with outstanding features”", "‘good, and improving’".
  if (QUOTES.test(text[start - 1] ?? '') && (/^[.,!?]?["'’”]/.test(after) || QUOTED_VERDICT.test(after))) return 'quoted';
  if (/[A-Z]/.test(text[start]!) && !/(?:^|[.!?:]\s*|\n\s*)$/.test(before)) return 'capital';
  if (BEFORE_PLAIN.test(before) || VERB_THEN_OBJECT.test(before.replace(/^[^\n.;]*[\n.;]/, ''))) return 'plain';
  return VERB_PHRASE_GRADE.test(text.slice(start, end)) && /[\w’'),]\s+$/.test(before) ? 'bare' : null;
}

// A service received, stated as fact (no modal, no "to" before the verb): "receive an outstanding
// service", "are benefiting from a ‘good’ service". Its subject must be an area (sentence-grade-rule.ts).
const RECEIVES =
  /(?<!\b(?:should|must|will|would|could|can|may|might|to|deserve|deserves|need|needs)\s+)\b(?:receive[sd]?|(?:are|is|were|was)\s+(?:now\s+)?(?:receiving|getting|benefit(?:t)?ing\s+from)|get|gets|benefit(?:s|ed|ted)?\s+from|enjoy|enjoys)\s+(?:an?|the)\s+["'‘“]?$/i;
const SERVICE_AFTER = /^["'’”]?\s+service\b/i;

/** Where the grade word at [start, end) stands as a grade: the stretch read for its subject, and whether it is a service received. */
export interface GradePlace {
  from: number;
  to: number;
  sentenceStart: number;
  received: boolean;
  /** a verb-phrase grade right after its subject: only an area or the council before it is its subject */
  bare: boolean;
}

// "there is good, cross-party support for …": a grade word after "there is" describes the noun that follows.
const THERE_IS = /\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:some|much|very|also|now|still)\s+)?$/i;

/** Where a grade word stands as a grade, with a judging cue and no guard against it in its sentence. */
export function gradeHere(text: string, start: number, end: number): GradePlace | null {
  if (!GRADE_ONLY.test(text.slice(start, end)) || /\w/.test(text[start - 1] ?? '') || /\w/.test(text[end] ?? '')) return null;
  if (THERE_IS.test(text.slice(Math.max(0, start - 40), start))) return null;
  // "This is a good outcome for the service": an unmarked grade after "a" then "outcome" or "result" praises, it grades nothing.
  if (
    /\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, start - 4), start)) &&
    /^\s+(?:outcome|result)\b/i.test(text.slice(end, end + 10))
  )
    return null;
  const after = text.slice(end, end + 40);
  const received = SERVICE_AFTER.test(after) && RECEIVES.test(text.slice(Math.max(0, start - 60), start));
  const marked = gradeMarked(text, start, end);
  const marks =
    marked !== null && (AFTER_GRADE.test(after) || (marked !== 'plain' && marked !== 'bare' && AFTER_MARKED.test(after)));
  if (!received && !marks) return null;
  const s = sentenceAround(text, start, end);
  const from = Math.max(s.start, start - REACH);
  const to = Math.min(s.end, end + REACH);
  const cue =
    received ||
    CUE.test(text.slice(from, to)) ||
    NO_CUE_NEEDED.test(text.slice(start, end)) ||
    (marked === 'quoted' && QUOTED_FOR_SERVICE.test(after + text.slice(end + 40, end + 100)));
  if (!cue || aimOrCount(text, start) || otherProvider(text, start)) return null;
  const lead = text.slice(from, start);
  // "judged good by parents": someone else's view, not the inspectorate's.
  if (GENERAL.test(text.slice(from, to)) || AWARDED_TO_MANY.test(after) || NOT_BY_OTHERS.test(after)) return null;
  return SHARE.test(lead) || (TARGET.test(lead) && !REACHED.test(lead) && !RANKED_TO.test(lead)) || PAIRED.test(after)
    ? null
    : { from, to, sentenceStart: s.start, received, bare: marked === 'bare' };
}
