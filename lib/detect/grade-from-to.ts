// A change of grade in papers and news: "upgraded from inadequate (in 2016) to ‘requires improvement
// to be good’". The grade left behind is an earlier inspection's (its date when the text gives one,
// else "previous"); the new grade's date is read from the sentence without the left-behind clause.
import { GRADE_SOURCE, normaliseGrade } from './grades';
import type { RawJudgement } from './judgement-rules';

const G = `(${GRADE_SOURCE})`;
const Q = `["'‘’“”]?`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const YEAR_IN = new RegExp(
  `\\b(?:in|of)\\s+((?:${MONTH}\\s+)?(?:19|20)\\d\\d(?:\\s+and\\s+(?:${MONTH}\\s+)?(?:19|20)\\d\\d)?)`,
  'i',
);
export const NOUN = '(?:\\s+(?:rating|judge?ment|grade|status|label))?';

/** "upgraded … from (the) ‘inadequate’ (awarded in 2013 and 2015), to ‘requires improvement’": groups 1 from, 2 between, 3 to. */
const FROM_TO = new RegExp(
  `\\b(?:upgraded|moved|improved|raised|rose|risen|gone|went|jumped|climbed|progressed|downgraded|dropped|fell|fallen)\\b[^.;\\n]{0,60}?\\bfrom\\s+(?:the\\s+|an?\\s+)?${Q}${G}${Q}${NOUN}([^.;\\n]{0,60}?)\\s+to\\s+(?:be\\s+)?${Q}${G}`,
  'gi',
);

/** The part of a sentence about a grade left behind ("from the ‘inadequate’ awarded in 2013 and 2015,"), whose dates are not the new grade's. */
export const LEFT_BEHIND_CLAUSE = new RegExp(
  `\\bfrom\\s+(?:the\\s+|an?\\s+)?${Q}${G}${Q}${NOUN}[^.;\\n]{0,60}?(?=\\s+to\\s)|\\b(?:after|having)\\s+(?:being|been)\\s+previously\\s+[^.;,]{0,80}` +
    `|\\b(?:improvement|change|step\\s+up|rise|move)\\s+(?:from|on)\\s+(?:the\\s+|an?\\s+)?${Q}${G}${Q}[^.;\\n]{0,120}` +
    `|\\b(?:first|latest)\\s+(?:full\\s+)?inspection\\s+since\\b[^.;\\n]{0,120}`,
  'gi',
);

export function findFromTo(text: string): RawJudgement[] {
  const out: RawJudgement[] = [];
  for (const m of text.matchAll(FROM_TO)) {
    const fromAt = m.index + m[0].search(/\bfrom\b/i);
    const toAt =
      m.index +
      m[0].lastIndexOf(m[3]!) -
      (/\bto\s+(?:be\s+)?["'‘’“”]?$/i.exec(m[0].slice(0, m[0].lastIndexOf(m[3]!)))?.[0].length ?? 0);
    const date = YEAR_IN.exec(m[2]!)?.[1]?.replace(/\s+/g, ' ');
    const gap = m[2]!.replace(/,\s*$/, '');
    const fromEnd = m.index + m[0].indexOf(m[2]!) + gap.length;
    const base = { ruleId: 'grade-from-to', area: 'overall', prose: true };
    out.push({ ...base, grade: normaliseGrade(m[1]!), start: fromAt, end: fromEnd, inspection: date ?? 'previous' });
    out.push({
      ...base,
      grade: normaliseGrade(m[3]!),
      start: toAt,
      end: m.index + m[0].length + closingQuote(text, m.index + m[0].length),
    });
  }
  return out;
}

export const closingQuote = (text: string, at: number) => (/^["'’”]/.test(text.slice(at, at + 1)) ? 1 : 0);
