// A run-in list after a lead-in that points back, in a news item's or paper's prose: "Inspectors made
// a series of recommendations. These include A and B.", "… areas of practice identified at the last
// inspection … is too slow. These areas include A, B, and C.", "Other recommendations are to A, B and
// C." The sentence before says what the list is (DEMAND_BEFORE: the inspection named, work to do, no
// praise nor the council's own plan), or was itself such a list. Read by paper-recommendations.ts.
// The lead-in is anchored at a sentence's start and every repeat is bounded: linear in the text.
import { DEMAND_BEFORE } from './anaphoric-lead-in';
import { listedAreas } from './run-in-rules';

/** "These include", "These areas were", "They include", "Other recommendations are to", then the list to the sentence's end (group 1). */
const POINTING_BACK = new RegExp(
  '(?:^|(?<=[.!?]["\'’”]?\\s{1,5}))(?:(?:These|They|Those)(?:\\s{1,5}(?:areas|aspects|recommendations|issues|points|actions))?\\s{1,5}(?:include[sd]?|are|were|comprise[sd]?)' +
    '|(?:Other|Further|The\\s{1,5}other)\\s{1,5}(?:recommendations|areas(?:\\s{1,5}for\\s{1,5}(?:improvement|development))?)\\s{1,5}(?:include[sd]?|are|were)(?:\\s{1,5}to(?=\\s))?)' +
    '[ \\t]{1,5}([^.\\n]{5,600})',
  'gm',
);

/** What happened to the things named, not which they are: "They were told …", "These are now being addressed". */
const NOT_A_LIST =
  /^(?:also|now|still|not|being|all|both|as|in|on|at|by|for|to|with|from|that\s+(?:is|was)|the\s+(?:council|authority|local\s+authority)\b|we|it|they|this|these|our|[a-z]+ed)\b/i;

/** The sentence before `at` (across a paragraph break), without its stop; at most 400 characters. */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 400), at).replace(/[.!?]["'’”]?\s*$/, '');
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('\n'));
  return window.slice(stop + 1).trim();
}

/**
 * The items of every run-in list after a lead-in pointing back to a sentence that names the
 * inspection's work to do (or to a list just read), as { quote, start } in order of position.
 */
export function anaphoricRunIns(text: string): { quote: string; start: number }[] {
  const out: { quote: string; start: number }[] = [];
  let listEnd = -1;
  for (const m of text.matchAll(POINTING_BACK)) {
    const list = m[1]!;
    // "They are taking action …": after "are" or "were" an "-ing" word is the tense, not an item.
    if (NOT_A_LIST.test(list) || (/\b(?:are|were)\s+$/.test(m[0].slice(0, -list.length)) && /^[a-z]+ing\b/.test(list))) continue;
    // Straight after a list read here ("These include A. Other recommendations are to B."), or after a sentence naming the work.
    const chained = listEnd >= 0 && /^[.!?"'’”\s]{0,6}$/.test(text.slice(listEnd, m.index));
    if (!chained && !DEMAND_BEFORE.test(sentenceBefore(text, m.index))) continue;
    const items = listedAreas(list, m.index + m[0].length - list.length);
    out.push(...items);
    if (items.length > 0) listEnd = m.index + m[0].length;
  }
  return out;
}
