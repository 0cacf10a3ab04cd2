// Where in its sentence a past cue sits relative to a grade: only the grade's own clause and the
// clauses before it date it. A quotation or gloss after a colon, or a new dated clause, is another statement ("Overall
// effectiveness (good): "… the recommendations from the previous inspection …""), and a grade inside
// a "since" clause is the earlier inspection's ("the third visit since the authority was judged
// inadequate"). Source: council papers and news items (paper set, 2010–25).
import type { Span } from './text-util';

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
  const cuts = [nextStatement(rest), rest.search(HAVING_BEEN)].filter((c) => c >= 0);
  return cuts.length === 0 ? span : { start: span.start, end: end + Math.min(...cuts) };
}

// "has been rated ‘inadequate’ having previously been judged as ‘good’": a participle clause of another time.
const HAVING_BEEN = /\shaving\s+(?:\w+\s+)?been\b/i;

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

const GRADE_IN = /\b(?:outstanding|good|adequate|inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?)\b/gi;
// "moved from an overall grade of ‘inadequate’ to …", "improving from ‘inadequate’ to …": the left-behind grade.
const FROM_BEFORE =
  /\bfrom\s+(?:(?:the|an?|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:grade|rating|judge?ment|assessment)\s+of\s+)?["'‘“]?$/i;
// "raised the authority's rating from ‘good’", "Decline of ‘good’ children's services": a movement away from the grade.
const MOVED =
  /\b(?:raised|upgraded|lifted|improved|moved|rose|risen|climbed|declined?|fall|fell|drop(?:ped)?|downgraded|slipp?(?:ed|ing)?)\b[^.;:!?\n]{0,60}$/i;
const DECLINE_OF = /\b(?:decline|fall|drop|slide)\s+(?:of|from)\s+(?:an?\s+|the\s+)?["'‘“]?$/i;
const TO_AFTER = /^["'’”]?\s+to\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?["'‘“]?(?:outstanding|good|adequate|inadequate|requir)/i;

/**
 * Is the mention's last grade word the first of "from X to Y" (the grade left behind, so an earlier
 * inspection's)? Reads 60 characters before the grade word and 60 after the mention. O(mention).
 */
export function leftBehind(text: string, start: number, end: number): boolean {
  let word: RegExpExecArray | null = null;
  for (const m of text.slice(start, end).matchAll(GRADE_IN)) {
    if (DECLINE_OF.test(text.slice(Math.max(0, start + m.index - 60), start + m.index))) return true;
    word = m;
  }
  if (!word) return false;
  const at = start + word.index!;
  const wordEnd = at + word[0].length;
  if (wordEnd < end - 2) return false; // the grade must end the mention (a closing quote may follow)
  const before = text.slice(Math.max(0, at - 100), at);
  if (DECLINE_OF.test(before)) return true;
  return (
    FROM_BEFORE.test(before.slice(-60)) && (TO_AFTER.test(text.slice(wordEnd, wordEnd + 60)) || MOVED.test(before.slice(0, -1)))
  );
}
