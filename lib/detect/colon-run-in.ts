// A list of what an inspection wants improved run into its sentence after a colon: "Areas that
// 'required improvement' included: the need to strengthen A; strengthen B; and improve C.", "The
// watchdog told the council to: improve A, review B and strengthen C." Council papers and news
// items restate an inspection's recommendations this way. The LEAD-IN before the colon decides, by
// the word classes of inspectorate-asks.ts: it names who asks and what (or the areas wanting work),
// and is neither praise, the council's own plan nor the committee's business. Each colon is read
// once, over a bounded window either side, so the rule runs in time linear in the text.
import { AREAS_WANTING, ASKER, NOT_ASKING, OWN_BUSINESS, WANT } from './inspectorate-asks';
import { listedAreas } from './run-in-rules';

/** The lead-in asks: the inspectorate, then what it wants; or the areas named as wanting work. */
const ASKS = new RegExp(String.raw`\b(?:${ASKER})\b[^\n]{0,160}?\b(?:${WANT})\b|\b${AREAS_WANTING}\b`);
const NOT = new RegExp(String.raw`\b(?:${NOT_ASKING})\b`, 'i');
const OWN = new RegExp(String.raw`\b(?:${OWN_BUSINESS})\b`, 'i');
/** A list opens in lower case, after an inline marker or none (a quotation or a new sentence after the colon is no list). */
const LIST_START = /^(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+)?[‘“"']?[a-z]/;
/** A list that is a statement or a place, not areas: "… included: the council has …", "… in: …". */
const NO_AREAS =
  /^(?:(?:in|on|at|by|for|to|with|from)\s|(?:the\s+(?:(?:county|city|borough)\s+)?(?:council|authority|local\s+authority)|we|it|they|this|these|our)\s+(?!need\b)[a-z]+)/i;
const LEAD_MAX = 240;
const LIST_MAX = 800;

/** The start of the sentence holding `at`, at most LEAD_MAX characters back (a stop, or a line break). */
function sentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - LEAD_MAX);
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i]!;
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return floor;
}

/** The end of the list after `from`: the sentence's stop, or the line's end, at most LIST_MAX characters on. */
function listEnd(text: string, from: number): number {
  const ceil = Math.min(text.length, from + LIST_MAX);
  for (let i = from; i < ceil; i++) {
    const c = text[i]!;
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && (i + 1 >= text.length || /\s/.test(text[i + 1]!)))) return i;
  }
  return ceil;
}

/**
 * The items of each list run into its sentence after a colon whose lead-in asks for improvement,
 * two items or more, in order: { quote, start } (offset in `text`). Source: council papers and news
 * items restating an inspection's areas for improvement.
 */
export function colonRunIns(text: string): { quote: string; start: number }[] {
  const out: { quote: string; start: number }[] = [];
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    // A colon closing its line opens a list the list reader reads; "10:30" or "https:" opens none.
    if (text[c + 1] !== ' ' && text[c + 1] !== '\t') continue;
    const lead = text.slice(sentenceStart(text, c), c);
    if (!ASKS.test(lead) || NOT.test(lead) || OWN.test(lead)) continue;
    let from = c + 1;
    while (text[from] === ' ' || text[from] === '\t') from++;
    const list = text.slice(from, listEnd(text, from));
    if (!LIST_START.test(list) || NO_AREAS.test(list)) continue;
    const items = listedAreas(list, from);
    if (items.length >= 2) out.push(...items);
  }
  return out;
}
