// Two shapes of a recommendation named rather than listed (read by paper-recommendations.ts): a
// decision record's "Decision:" field (council decision notices: the label, then the decision on its
// line or the next), the committee's own; and an inspection's recommendation named by its action in a
// news item or paper ("recommendations to improve X made in the last inspection were not met").
// Both are anchored to a literal word and bounded: linear in the text.
import { DEMAND_VERB } from './prose-demand-rules';

/** "Decision: |" then the decision on the next line, or "Decision: The Panel agreed …" (group 1 or 2); table bars are no text. */
const DECISION_FIELD = /^[ \t]*Decisions?:[ \t|]*(?:\n[ \t]*([^\n|:]{10,600}?)|([^\n|:]{10,600}?))[ \t|]*$/gm;

/** "recommendations to improve X", "the recommendation to review Y": group 1, the action to the clause's end. */
const BY_ACTION = new RegExp(`\\brecommendations?\\s{1,5}to\\s{1,5}(${DEMAND_VERB}\\s[^.;:\\n]{5,300})`, 'gi');
/** Where the action ends: who made it, when, and what became of it. */
const ACTION_END =
  /\s+(?:made|given|in\s+the\s+(?:last|previous)|(?:was|were|is|are|has|have|had)\s+(?:not|still|been|now|fully|partly|only)|had\b|has\b|was\b|were\b)\b[^]*$/;
const INSPECTION_NAMED = /\b(?:Ofsted|OFSTED|[Ii]nspectors?|[Ii]nspection|[Ii]nspectorate)\b/;

type Named = { quote: string; start: number };

/** The text of each "Decision:" field, as { quote, start }. */
export function decisionFields(text: string): Named[] {
  return [...text.matchAll(DECISION_FIELD)].flatMap((m) => {
    const quote = (m[1] ?? m[2] ?? '').trim();
    return quote.length >= 10 ? [{ quote, start: m.index + m[0].indexOf(quote) }] : [];
  });
}

/** Each recommendation named by its action in a sentence naming the inspection (within 300 characters either side). */
export function recommendationsByAction(text: string): Named[] {
  return [...text.matchAll(BY_ACTION)].flatMap((m) => {
    const from = Math.max(0, m.index - 300);
    const before = text.slice(from, m.index);
    const start = from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 300);
    const stop = after.search(/\.(?:\s|$)|\n/);
    if (!INSPECTION_NAMED.test(text.slice(start, m.index + m[0].length + (stop < 0 ? after.length : stop)))) return [];
    const quote = m[1]!.replace(ACTION_END, '').trim();
    return quote.split(/\s+/).length >= 3 ? [{ quote, start: m.index + m[0].indexOf(m[1]!) }] : [];
  });
}
