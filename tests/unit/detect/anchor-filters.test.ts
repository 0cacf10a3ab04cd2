import { describe, expect, it } from 'vitest';
import { matchesNearGrades, type Reach } from '../../../lib/detect/anchor-index';
import { gradeAfterWord, gradeEndsLine, gradeIsRequires } from '../../../lib/detect/anchor-filters';
import { wordIndex } from '../../../lib/detect/text-cache';

// Issue 16, item 2: a rule whose grade must end its line, be "requires improvement" or follow one of
// a few words runs only around the grade words that can. It must still find every match the
// whole-text scan finds: fuzz text of grade phrases, quotes, the words and blank runs of every kind.
const WORDS = ['good', 'Good', 'inadequate', 'requires improvement', 'requires improvement to be good', 'Requires', 'improvement']
  .concat(['to be good', 'goodness', 'care leavers', 'is', 'was', 'this', 'judged', 'Ofsted', 'be', 'as', 'since', 'convinces'])
  .concat(['‘', '’', '"', '.', ':', ',', 'x', 'Area']);
const BLANKS = [' ', ' ', '', '\t', '\n', '\r\n', '\n\n', ' '.repeat(30), '\u00a0'];

function fuzzText(seed: number, count: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (from: string[]) => from[Math.floor(next() * from.length)]!;
  return Array.from({ length: count }, () => pick(WORDS) + pick(BLANKS)).join('');
}

const G = '(good|inadequate|requir(?:es?|ed)\\s+improvement(?:\\s+to\\s+be\\s+good)?)';
const Q = '["\'‘’“”]?';
const PATTERNS: [string, RegExp, Reach][] = [
  [
    'a grade after a copula',
    new RegExp(`\\b(care leavers|Area)\\s+(?:is|was)(?:\\s+judged)?\\s+${Q}${G}`, 'gi'),
    { before: 40, after: 0, keep: gradeAfterWord(['is', 'was', 'judged']) },
  ],
  [
    'a grade after "to be" or "as"',
    new RegExp(`\\bjudged\\s+(?:to\\s+be|as)\\s+${Q}${G}${Q}`, 'gi'),
    { before: 40, after: 2, keep: gradeAfterWord(['be', 'as']) },
  ],
  [
    'a line label then a grade line',
    new RegExp(`^([^\\n\\t]{3,40})\\n[ \\t]*${Q}${G}${Q}\\.?[ \\t]*$`, 'gim'),
    { before: 80, after: 4, keep: gradeEndsLine },
  ],
  [
    'a heading colon then a grade',
    new RegExp(`^([^\\n:]{3,40}):[ \\t]*${Q}${G}${Q}[ \\t]*$`, 'gim'),
    { before: 80, after: 4, keep: gradeEndsLine },
  ],
  [
    '"requires improvement" after a subject',
    /\b(care leavers|Area)\s+(requir(?:e|es|ed)\s+improvement(?:\s+to\s+be\s+good)?)/gi,
    { before: 20, after: 0, keep: gradeIsRequires },
  ],
];

describe('filtered grade windows give exactly what matchAll gives over the whole text', () => {
  for (const [name, re, reach] of PATTERNS)
    it(name, () => {
      let seen = 0;
      for (let seed = 1; seed <= 200; seed++) {
        const text = fuzzText(seed, 500);
        const whole = [...text.matchAll(re)].map((m) => [m.index, ...m]);
        seen += whole.length;
        expect(matchesNearGrades(text, re, reach).map((m) => [m.index, ...m])).toEqual(whole);
      }
      expect(seen).toBeGreaterThan(10); // the fuzz text does hold matches of every pattern
    });
});

describe('wordIndex', () => {
  it('answers as /\\bsince\\b/i on the slice does, edges included', () => {
    const has = wordIndex('since');
    for (let seed = 1; seed <= 20; seed++) {
      const text = fuzzText(seed, 200);
      for (let from = 0; from < text.length; from += 7)
        for (const to of [from, from + 3, from + 5, from + 9, from + 40, from + 200])
          expect(has(text, from, to), `${seed}: ${from}-${to}`).toBe(/\bsince\b/i.test(text.slice(from, to)));
    }
  });
});
