// A grade dated by the sentence before it, which names an earlier inspection and its date: "The
// previous inspection took place in March 2019. The outcome was ‘requires improvement’", "Ofsted
// last inspected the council in 2018. Since the last inspection, when services were judged good, …".
// Source: council papers, minutes and news items (paper set, 2010–25), issue 10.
import { PAST_MARKER } from './past-context';
import { datesIn, yearOf } from './text-util';
import { GRADE_SOURCE } from './grades';
import { earlierAreasOf } from './earlier-areas';

// A sentence that goes on about the inspection just named: its outcome, or its subject rated in the past tense.
const LINKED =
  /^["'‘“]?\s*(?:(?:the|its|their|that|Ofsted[’']s)\s+(?:(?:overall|resulting|final|Ofsted)\s+){0,2}(?:outcome|result|judge?ment|rating|grade|verdict|findings?)\b|(?:it|they|services|(?:the|its)\s+(?:council|authority|local\s+authority|service|services|department))\s+(?:was|were)\s+(?:\w+\s+)?(?:judged|rated|found|graded|assessed|given)\b)/i;
// Or the sentence's first clause rates in the past simple: "Services were found to be ‘inadequate’",
// "The education regulator rated the department inadequate".
const PAST_SIMPLE =
  /^[^.;:,]{0,90}?\b(?:was|were)\s+(?:\w+\s+)?(?:judged|rated|found|graded|assessed)\b|^(?:Ofsted|the\s+(?:\w+\s+)?regulator|inspectors|the\s+inspectorate)\s+(?:\w+\s+)?(?:rated|judged|found|graded)\b/i;
// What speaks of the present in the grade's own sentence: no earlier grade.
const PRESENT = /\b(?:this|latest|newest|now|today|currently|new)\b/i;
const INSPECTION = /\b(?:inspect\w*|ILACS|SIF|Ofsted)\b/i;
// A lead-in that gives a grade of its own dates that grade, not the next sentence's.
const GRADE = new RegExp(`\\b(?:${GRADE_SOURCE})\\b`, 'i');

// A lead-in about the earlier inspection itself, not a "since" clause about the time after it.
const SINCE_BEFORE = /\bsince\s+(?:the|its|their|our|an?)?\s*$/i;
// The grade's sentence tells of the past (a past verb) and nothing of the present.
const PAST_VERB =
  /\b(?:was|were|had|did|gave|received)\b|\b(?:rated|judged|found|graded|branded|labelled|deemed|assessed|awarded)\b/i;
const PRESENT_TENSE = /\b(?:is|are|remains?|has|have|rates|judges)\b/i;

// "They had found ‘significant failings’ …": the past perfect sets the paragraph before the item's own time.
const HAD_DONE = /\bhad\s+(?:\w+ly\s+)?(?:found|been|[a-z]+ed)\b/i;

/**
 * Is `lead` a sentence about an earlier inspection (a past marker not after "since", or outside
 * reported speech the past perfect), with no grade and nothing present?
 */
function pastLead(lead: string, reported: boolean): boolean {
  const m = PAST_MARKER.exec(lead);
  const cue = (!!m && !SINCE_BEFORE.test(lead.slice(0, m.index))) || (!reported && HAD_DONE.test(lead));
  return cue && !PRESENT.test(lead) && !GRADE.test(lead);
}

/** Does the sentence tell of the past only (see PAST_VERB, PRESENT, PRESENT_TENSE)? */
export const toldInPast = (own: string) => PAST_VERB.test(own) && !PRESENT.test(own) && !PRESENT_TENSE.test(own);

/** The sentence before `sentenceStart` in the same paragraph (300 characters at most), or ''. */
function sentenceBefore(text: string, sentenceStart: number): string {
  const before = text.slice(Math.max(0, sentenceStart - 300), sentenceStart);
  if (!/[.!?]["'’”]?\s*$/.test(before)) return '';
  const paragraph = before.slice(before.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/) + 1);
  const body = paragraph.replace(/[.!?]["'’”]?\s*$/, '');
  return body.slice(Math.max(body.lastIndexOf('. '), body.lastIndexOf('? '), body.lastIndexOf('! ')) + 1);
}

/**
 * The date of an earlier inspection named in the sentence before a grade's, or null. `sentence`
 * is the grade's own sentence (it must hold no date); `undated` says what the sentence alone gave:
 * "previous" (a past cue of its own: any earlier inspection the lead-in dates is it) or null (the
 * document's own: taken only for a sentence that goes on about that inspection, in a paper, when the
 * lead-in is older than the discussed inspection or calls itself earlier). `reported`: minutes or a
 * committee paper, whose past perfect is reported speech. O(300).
 */
export function leadInDate(
  text: string,
  sentence: { start: number; end: number },
  undated: 'previous' | null,
  ownYears: Set<number>,
  reported = false,
): string | null {
  const own = text.slice(sentence.start, sentence.end);
  if (datesIn(own).length > 0) return null;
  const lead = sentenceBefore(text, sentence.start);
  const dates = datesIn(lead);
  // "At the previous inspection, the picture was different. Services were rated inadequate.": undated, earlier.
  if (dates.length === 0) return undated === null && pastLead(lead, reported) && toldInPast(own) ? 'previous' : null;
  // Undated alone: a sentence that goes on about that inspection, or any past one after a lead-in calling it earlier.
  const goesOn = (LINKED.test(own) || PAST_SIMPLE.test(own)) && !PRESENT.test(own);
  if (undated === null && !goesOn && !(PAST_MARKER.test(lead) && toldInPast(own))) return null;
  if (dates.length !== 1 || !INSPECTION.test(lead) || PRESENT.test(lead) || GRADE.test(lead)) return null;
  // "The previous inspection of safeguarding was in June 2012.": the area's own shape dates its grade.
  if (earlierAreasOf(lead)[0]!.key !== 'overall') return null;
  const year = yearOf(dates[0]!) ?? 0;
  if (ownYears.has(year)) return null;
  const older = ownYears.size > 0 && year < Math.max(...ownYears);
  return PAST_MARKER.test(lead) || older ? dates[0]! : null;
}
