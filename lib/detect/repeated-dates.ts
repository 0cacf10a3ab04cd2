// Later grades of a history told after a dated grade: "first judged them ‘inadequate’ in 2013, then
// again in 2015", "rated inadequate in 2016 and once more in 2018" (the grade left unsaid), and chains
// of dated grades, "judged inadequate in 2012 and requires improvement in 2016", "requires
// improvement in 2017, inadequate in 2020". Each is a mention of its own, with the area of the dated
// mention before it and its own date. Source: news items and papers retelling an authority's
// inspection history (2015–25).
import type { JudgementMention } from '../model/findings';
import { GRADE_SOURCE, normaliseGrade, rankGrade } from './grades';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `((?:${MONTH}\\s+)?(?:19|20)\\d\\d)`;
const AGAIN = new RegExp(`^\\s*,?\\s+((?:and\\s+|then\\s+){1,2}(?:again|once\\s+more)\\s+in\\s+${DATE})\\b`, 'i');
// The next grade of a chain, with its own date: ", and requires improvement in 2016", " then ‘good’ in 2019",
// ", and as ‘requiring improvement’ in a 2017 inspection".
const CHAIN = new RegExp(
  `^\\s*(?:,\\s*(?:and\\s+|then\\s+|before\\s+)?|\\s+(?:and|then|before)\\s+(?:then\\s+)?)(?:(?:was|were)\\s+)?(?:(?:judged|rated|graded|found)\\s+)?(?:to\\s+be\\s+|as\\s+)?(["'‘“]?(${GRADE_SOURCE})["'’”]?\\s+in\\s+(?:(?:a|an|the|its|their)\\s+)?${DATE}\\b(?!\\s*[-–/]\\s*\\d)(?:\\s+(?:(?:full|Ofsted|standard)\\s+)?inspection\\b)?)`,
  'i',
);
const DATED = /^(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d$/;

/** Where the date of a dated mention ends, when it follows the mention within 60 characters in its clause; else -1. */
function dateEnd(text: string, m: JudgementMention): number {
  if (!m.inspection || !DATED.test(m.inspection)) return -1;
  const near = text.slice(m.end, m.end + 60 + m.inspection.length);
  const at = near.indexOf(m.inspection);
  return at < 0 || /[.;!?\n]/.test(near.slice(0, at)) ? -1 : m.end + at + m.inspection.length;
}

/** The next grade of a chain after a date ending at `from`, or null. */
function nextInChain(text: string, m: JudgementMention, from: number): JudgementMention | null {
  const again = AGAIN.exec(text.slice(from, from + 60));
  if (again) {
    const start = from + again[0].length - again[1]!.length;
    return {
      ...m,
      ruleId: 'dated-again',
      inspection: again[2]!.replace(/\s+/g, ' '),
      quote: again[1]!,
      start,
      end: start + again[1]!.length,
    };
  }
  const chain = CHAIN.exec(text.slice(from, from + 120));
  if (!chain) return null;
  const start = from + chain[0].length - chain[1]!.length;
  const grade = normaliseGrade(chain[2]!);
  return {
    ...m,
    ruleId: 'dated-chain',
    grade,
    rank: rankGrade(grade),
    inspection: chain[3]!.replace(/\s+/g, ' '),
    quote: chain[1]!,
    start,
    end: start + chain[1]!.length,
  };
}

/**
 * For each mention dated by a year or month and year, the later grades of its history that follow
 * its date (see AGAIN and CHAIN), four at most. `isOwn` says whether a date is the discussed
 * inspection's (its grade is then the document's own: inspection null). O(mentions).
 */
export function repeatedDates(
  text: string,
  mentions: JudgementMention[],
  isOwn: (date: string) => boolean = () => false,
): JudgementMention[] {
  const out: JudgementMention[] = [];
  for (const m of mentions) {
    let prev = m;
    let from = dateEnd(text, m);
    for (let k = 0; k < 4 && from >= 0; k++) {
      const next = nextInChain(text, prev, from);
      if (!next) break;
      from = next.end;
      prev = next;
      out.push(isOwn(next.inspection!) ? { ...next, inspection: null } : next);
    }
  }
  return out;
}
