// Recommendations each under a numbered label, as improvement plans and committee reports restate an
// inspection's: "Recommendation 1: Improve …", "Ofsted Recommendation 2 – …", "Area for improvement 3:",
// or the label alone on its line and the recommendation on the next filled line. A label's text that
// addresses the committee ("Recommendation 1: That Cabinet notes …") is the paper's own. Each line is
// read once by an anchored, bounded pattern: linear in the text.
import type { RecommendationSource } from '../model/findings';
import { isBlank, sourceOfLeadIn, linesOf, type Line } from './recommendation-source';

const NUMBER = '(?:\\d{1,2}|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten)';

/** The label, then (group 1) the recommendation on the same line, after a colon, stop or dash. */
const LABEL = new RegExp(
  `^[ \\t]*(?:(?:Ofsted|Inspection|ILACS)(?:[’']s)?[ \\t]+)?(?:Recommendation|Areas?[ \\t]+for[ \\t]+(?:improvement|development)|Improvement[ \\t]+area|Priority[ \\t]+action)[ \\t]+${NUMBER}[ \\t]*(?:[:.)–—-][ \\t]*([^\\n]{10,600})?)?$`,
  'i',
);

/** A field's label opening the line under a bare label ("Action:", "Our response:"): no recommendation. */
const FIELD = /^[ \t]*[A-Z][\w’' ]{0,30}:/;

/** Text that addresses the committee: "That the Board notes …", "To approve the plan", "Cabinet is asked to …". */
const COMMITTEE_TEXT =
  /^(?:That\b|To\s+(?:note|approve|agree|endorse|receive|consider|comment|support|adopt|accept|delegate)\b|(?:The\s+)?(?:Cabinet|Committee|Council|Board|Panel|Members|Executive)\s+(?:is|are|to|notes?|approves?|agrees?|endorses?)\b)/;

export interface Labelled {
  quote: string;
  start: number;
  source: RecommendationSource;
}

/** The recommendation a label on line i gives (on its line or the next filled one within two), or null. */
function labelled(lines: Line[], i: number, text: string): { quote: string; start: number } | null {
  const m = LABEL.exec(lines[i]!.text);
  if (!m) return null;
  if (m[1] !== undefined) {
    const quote = m[1].trimEnd();
    return { quote, start: lines[i]!.start + m[0].indexOf(m[1]) };
  }
  let k = i + 1;
  while (k < lines.length && k <= i + 3 && isBlank(lines[k])) k++;
  const next = lines[k];
  if (!next || isBlank(next) || LABEL.test(next.text) || FIELD.test(next.text)) return null;
  const quote = text.slice(next.start, next.end).trim();
  if (quote.length < 12 || quote.length > 600) return null;
  return { quote, start: next.start + next.text.indexOf(quote) };
}

/**
 * Each labelled recommendation in a paper, with its source: the committee's when its text addresses
 * the committee, a review's when the text before names a review and no inspection, else `fallback`.
 */
export function labelledRecommendations(text: string, fallback: RecommendationSource): Labelled[] {
  const lines = linesOf(text);
  const out: Labelled[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Only a line starting with a label's first letters is read further.
    if (!/^[ \t]*[OIARP]/i.test(lines[i]!.text)) continue;
    const found = labelled(lines, i, text);
    if (!found || !/[a-z]/.test(found.quote)) continue;
    const said = sourceOfLeadIn('', text.slice(Math.max(0, found.start - 600), found.start), { kind: 'paper' });
    const source = COMMITTEE_TEXT.test(found.quote) ? 'committee' : said === 'committee' ? fallback : said;
    out.push({ ...found, source });
  }
  return out;
}
