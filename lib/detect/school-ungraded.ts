// Ofsted's ungraded inspections of good and outstanding schools (section 8, 2015–24) have no cover
// table: the outcome is one fixed sentence confirming the school's standing grade, and the letter's
// background names the graded judgement it confirms, with its month.
import type { JudgementMention } from '../model/findings';
import { rankGrade } from './grades';

// "Anytown Primary School continues to be a good school." (2019–24 outcome) or, at a sentence
// start, "This school continues to be good." (2015–19 short inspections): the school itself, never
// "behaviour in the school continues to be good".
const CONFIRMED = /\bcontinues\s+to\s+be\s+(?:a\s+good|an\s+outstanding)\s+school\b|(?:^|[.!?][ \t]+)(?:This|The)\s+school\s+continues\s+to\s+be\s+(?:good|outstanding)\b/m;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// "This is the first ungraded inspection since we judged the school to be good in March 2018." /
// "… since the school was judged to be good in May 2014."
const EARLIER = new RegExp(`\\bsince\\s+(?:we\\s+judged\\s+the\\s+school|the\\s+school\\s+was\\s+judged)\\s+to\\s+be\\s+(good|outstanding)\\s+in\\s+(${MONTH}\\s+(?:19|20)\\d\\d)\\b`, 'i');

function overall(ruleId: string, grade: string, inspection: string | null, m: RegExpExecArray, start: number): JudgementMention {
  const quote = m[0].replace(/^[.!?]?\s*/, '');
  return { ruleId, area: 'Overall effectiveness', areaKey: 'school_overall', grade, rank: rankGrade(grade), inspection, quote: quote.replace(/\s+/g, ' '), start, end: m.index + m[0].length };
}

/**
 * An ungraded inspection's outcome: the standing overall grade it confirms ("good" or
 * "outstanding", this inspection's) and the earlier graded judgement it names (inspection = its
 * month, e.g. "March 2018"). Empty for any other text. Source: Ofsted ungraded (section 8)
 * inspection letters of good and outstanding schools, "Outcome" and "Background" sections.
 */
export function detectUngradedOutcome(text: string): JudgementMention[] {
  const out: JudgementMention[] = [];
  const confirmed = CONFIRMED.exec(text);
  if (confirmed) {
    const start = confirmed.index + confirmed[0].length - confirmed[0].replace(/^[.!?]?\s*/, '').length;
    out.push(overall('school-ungraded-outcome', /outstanding/i.test(confirmed[0]) ? 'outstanding' : 'good', null, confirmed, start));
  }
  const earlier = EARLIER.exec(text);
  if (earlier) out.push(overall('school-ungraded-earlier', earlier[1]!.toLowerCase(), earlier[2]!.replace(/\s+/g, ' '), earlier, earlier.index));
  return out;
}
