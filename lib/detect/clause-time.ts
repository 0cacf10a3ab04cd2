// Where in its sentence a past cue sits relative to a grade: only the grade's own clause and the
// clauses before it date it. A quotation or gloss after a colon, or a new dated clause, is another statement ("Overall
// effectiveness (good): "… the recommendations from the previous inspection …""), and a grade inside
// a "since" clause is the earlier inspection's ("the third visit since the authority was judged
// inadequate"). Source: council papers and news items (paper set, 2010–25).
import type { Span } from './text-util';
import { sliceMatcher } from './slice-matches';
import { firstAtOrAfter, lettersIndex, matchSpans, perText } from './text-cache';

// After a mention: a colon (a gloss or quotation follows), a semicolon, ", and in …" opening a new
// dated clause ("services were then ‘adequate’, and in July 2014 the Minister lifted the notice"), or
// "having been" (HAVING_BEEN).
const NEXT_STATEMENT = /:(?!\d)|;|,\s+(?:and|but|while|whereas)\s+(?=(?:in|on|by|during)\s)/;

/**
 * The sentence or line `span` of a mention ending at `end`, cut at the next statement after the
 * mention (see NEXT_STATEMENT): its time words and dates are not the grade's. O(span).
 */
export function beforeGloss(text: string, span: Span, end: number): Span {
  if (end >= span.end) return span;
  const rest = text.slice(end, span.end);
  const cuts = [nextStatement(rest), contrastNear(text, end + 1, span.end) ? rest.search(HAVING_BEEN) : -1].filter((c) => c >= 0);
  return cuts.length === 0 ? span : { start: span.start, end: end + Math.min(...cuts) };
}

// "has been rated ‘inadequate’ having previously been judged as ‘good’": a participle clause of another time.
// "… ‘Outstanding’ in all categories whereas previously there had been …": a contrast with another time.
// "‘good’, which remained the same as at the last inspection in 2018": the earlier grade's clause.
const HAVING_BEEN =
  /\shaving\s+(?:\w+\s+)?been\b|\s(?:whereas|while|whilst)\s+(?:previously|before|formerly)\b|\s(?:remained|remains|stayed)\s+the\s+same\s+as\b/i;

// HAVING_BEEN's words, each after a blank: where none stands after the mention, the pattern is not tried.
const contrastNear = lettersIndex('having|whereas|whilst|while|remained|remains|stayed');

const NEXT_STATEMENT_AT = new RegExp(NEXT_STATEMENT.source, 'y');

/** `s.search(NEXT_STATEMENT)`: each of its matches starts with a colon, semicolon or comma, so the
 * pattern is tried at those characters only, found with indexOf (a dense mention's sentence is read
 * many times); a semicolon always matches. */
function nextStatement(s: string): number {
  const semicolon = s.indexOf(';');
  const end = semicolon < 0 ? s.length : semicolon;
  let colon = s.indexOf(':');
  let comma = s.indexOf(',');
  for (;;) {
    const i = colon < 0 ? comma : comma < 0 ? colon : Math.min(colon, comma);
    if (i < 0 || i >= end) return semicolon;
    NEXT_STATEMENT_AT.lastIndex = i;
    if (NEXT_STATEMENT_AT.test(s)) return i;
    if (i === colon) colon = s.indexOf(':', i + 1);
    else comma = s.indexOf(',', i + 1);
  }
}

// "since the authority was judged as inadequate", "ever since it was first rated ‘good’", "since
// being judged inadequate": a past passive rating verb in the clause "since" opens, the mention's
// grade after it in that clause (no clause break between).
const SINCE_RATED =
  /\bsince\s+(?:[^,;:.!?\n]{0,80}?\s)?(?:was|were|had\s+been|has\s+been|have\s+been|being|been)\s+(?:\w+\s+){0,2}?(?:judged|rated|found|graded|assessed|deemed|declared|labelled|placed)\b[^,;:.!?\n]{0,60}$/i;

/**
 * Is the mention ending at `end` a grade inside a "since" clause (so an earlier inspection's)?
 * `sentenceStart` bounds the look back; 200 characters at most are read. O(1).
 */
export function inSinceClause(text: string, sentenceStart: number, end: number): boolean {
  const from = Math.max(sentenceStart, end - 200);
  return SINCE_RATED.test(text.slice(from, end));
}

const gradesIn = sliceMatcher(/\b(?:outstanding|good|adequate|inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?)\b/gi);
// "moved from an overall grade of ‘inadequate’ to …", "improving from ‘inadequate’ to …": the left-behind grade
// (not the grade after "to": "from Outstanding to Good").
const FROM_BEFORE =
  /\bfrom\s+(?:(?:the|an?|its|their)\s+)?(?:(?!(?:to|outstanding|good|adequate|inadequate|requires?)\b)[\w-]+\s+){0,2}?(?:(?:grade|rating|judge?ment|assessment)\s+of\s+)?["'‘“]?$/i;
// "raised the authority's rating from ‘good’", "Decline of ‘good’ children's services": a movement away from the grade.
const MOVED =
  /\b(?:raised|upgraded|lifted|improved|moved|rose|risen|climbed|declined?|fall|fell|drop(?:ped)?|downgraded|slipp?(?:ed|ing)?)\b[^.;:!?\n]{0,60}$/i;
const DECLINE_OF = /\b(?:decline|fall|drop|slide)\s+(?:of|from)\s+(?:an?\s+|the\s+)?["'‘“]?$/i;
// Where the first words of DECLINE_OF and FROM_BEFORE stand (none is part of another, so one scan finds every one).
const declineWords = perText((text) => Int32Array.from(matchSpans(text, 'decline|fall|drop|slide', 'gi').starts));
const fromWords = perText((text) => Int32Array.from(matchSpans(text, 'from', 'gi').starts));

/** Does one of `words` (ascending offsets) start in [from, to)? O(log n). */
function startsIn(words: Int32Array, from: number, to: number): boolean {
  const i = firstAtOrAfter(words, from);
  return i < words.length && words[i]! < to;
}

/** DECLINE_OF.test(text.slice(at − reach, at)), tried only where one of its first words starts in that stretch. */
function declineBefore(text: string, at: number, reach: number): boolean {
  const from = Math.max(0, at - reach);
  return startsIn(declineWords(text), from, at) && DECLINE_OF.test(text.slice(from, at));
}

// "recommendations to move services from …", "will take its services from …", "need to lift the service
// from …": an aim (a modal, or an aim's noun or verb before "to"), so the grade after "from" is the one
// the services have now. Not a movement made ("it is a rare achievement to move from …", "worked hard to move …").
const AIM_FROM =
  /\b(?:(?:will|would|could|must|should|can)\s+(?:help\s+)?|(?:needs?|plans?|aims?|recommendations?|ambition|priorit(?:y|ies)|steps|actions?|intends?|hopes?|wants?|strategy)\s+(?:\w+\s+){0,2}?to\s+(?:help\s+)?)(?:move|take|get|lift|raise|bring|progress)\s+(?:[\w'’-]+\s+){0,4}?from\s+[^.;:!?\n]{0,30}$/i;

const TO_AFTER = /^["'’”]?\s+to\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?["'‘“]?(?:outstanding|good|adequate|inadequate|requir)/i;

/** Is the mention's last grade word the "from" grade of an aim (see AIM_FROM), so the one held now? Reads 100 characters before it. */
export function fromInAim(text: string, start: number, end: number): boolean {
  const words = gradesIn(text, start, end);
  const n = words.starts.length;
  if (n === 0 || !startsIn(fromWords(text), Math.max(0, words.starts[n - 1]! - 60), words.starts[n - 1]!)) return false;
  return AIM_FROM.test(text.slice(Math.max(0, words.starts[n - 1]! - 100), words.starts[n - 1]!));
}

/**
 * Is the mention's last grade word the first of "from X to Y" (the grade left behind, so an earlier
 * inspection's)? Reads 60 characters before the grade word and 60 after the mention. O(mention).
 */
export function leftBehind(text: string, start: number, end: number): boolean {
  // Every test below needs a first word of DECLINE_OF or FROM_BEFORE before a grade word of the mention.
  if (!startsIn(declineWords(text), Math.max(0, start - 100), end) && !startsIn(fromWords(text), Math.max(0, start - 60), end))
    return false;
  const words = gradesIn(text, start, end);
  const n = words.starts.length;
  for (let i = 0; i < n; i++) if (declineBefore(text, words.starts[i]!, 60)) return true;
  if (n === 0) return false;
  const at = words.starts[n - 1]!;
  const wordEnd = words.ends[n - 1]!;
  if (wordEnd < end - 2) return false; // the grade must end the mention (a closing quote may follow)
  if (declineBefore(text, at, 100)) return true;
  if (!startsIn(fromWords(text), Math.max(0, at - 60), at)) return false;
  const before = text.slice(Math.max(0, at - 100), at);
  if (AIM_FROM.test(before)) return false;
  return (
    FROM_BEFORE.test(before.slice(-60)) && (TO_AFTER.test(text.slice(wordEnd, wordEnd + 60)) || MOVED.test(before.slice(0, -1)))
  );
}

// "Eastvale Council has apologised … after its services were rated ‘inadequate’", "The council says it is
// determined to improve after …": a main clause in the present or present perfect tells the news's reaction,
// so the grade after "after" is the one the item reports. ("The council took over the trust after its
// services were rated ‘inadequate’": a past event after the grade, so an earlier inspection's.)
const REACTS_NOW =
  /\b(?:has|have)\s+["'‘“]?(?:\w+ly\s+)?["'‘“]?(?:apologi[sz]ed|said|vowed|pledged|promised|welcomed|responded|admitted|accepted|acknowledged|insisted|announced|defended|spoken|set\s+out|launched|unveiled|committed)\b|\b(?:says|say|will|must|vows?|pledges?|promises?)\b/i;

/**
 * Is a grade in a clause that "after" opens at `at` the earlier inspection's? Not when the main clause
 * before it (read back to `sentenceStart`, 200 characters at most) reacts now (REACTS_NOW). O(1).
 */
export function afterClauseIsEarlier(text: string, sentenceStart: number, at: number): boolean {
  return !REACTS_NOW.test(text.slice(Math.max(sentenceStart, at - 200), at));
}
