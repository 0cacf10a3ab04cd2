import { describe, expect, it } from 'vitest';
import { anchorsOf, gradeWindows, linesNearGrades, matchesNearGrades, type Reach } from '../../../lib/detect/anchor-index';
import { STRICT_GRADE_SOURCE } from '../../../lib/detect/grades';

// Issue 16, item 2: rules whose matches hold a grade word run only around the grade words found by
// one scan. The windows must hold every match the whole-text scan finds, with the same groups.

// Phrases the test patterns read, blank runs of every length (a page's gutter), line and cell breaks.
const WORDS = [
  'good',
  'Good',
  'inadequate',
  'requires improvement',
  'outstanding',
  'the overall effectiveness',
  'care leavers',
  'is',
  'was',
  'for',
  'overall',
  '–',
  '-',
  '.',
  ',',
  'x',
  'Area:',
  'Area',
];
const BLANKS = [' ', ' ', ' ', '  ', '\t', '\n', '\n\n', ' '.repeat(90), '\u00a0'.repeat(40)];

function fuzzText(seed: number, count: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (from: string[]) => from[Math.floor(next() * from.length)]!;
  return Array.from({ length: count }, () => pick(WORDS) + pick(BLANKS)).join('');
}

// Each pattern's longest reach from its grade word, in characters with a blank run counted as one.
const PATTERNS: [string, RegExp, Reach][] = [
  [
    'subject, copula, grade, lookahead',
    /\b(the overall effectiveness|care leavers)\s+(?:is|was)\s+(good|inadequate)(?=\s*[.,])/gi,
    { before: 32, after: 3 },
  ],
  [
    'blank-run lookbehind before a dash',
    /(?<![ \t])[ \t]+[–-][ \t]+(good|inadequate|outstanding)(?=[ \t]*(?:$|[.,]))/gim,
    { before: 6, after: 3 },
  ],
  [
    'line label then grade line',
    /^([^\n:]{3,40}):[ \t]*\n?[ \t]*(requires\s+improvement|good)[ \t]*$/gm,
    { before: 46, after: 2 },
  ],
  ['grade then words', /\b(Good|Outstanding)\s+(?:overall\s+)?(?:for\s+)?(care\s+leavers)\b/g, { before: 0, after: 24 }],
];

describe('anchorsOf: one scan finds every grade phrase', () => {
  it('covers each offset where a grade phrase starts, in any capitalisation', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = fuzzText(seed, 400);
      const { starts, ends } = anchorsOf(text);
      const at = new RegExp(STRICT_GRADE_SOURCE, 'iy');
      for (let i = 0; i < text.length; i++) {
        at.lastIndex = i;
        if (!at.test(text)) continue;
        expect(
          starts.some((s, k) => s <= i && i < ends[k]!),
          `offset ${i} of seed ${seed}`,
        ).toBe(true);
      }
    }
  });
});

describe('matchesNearGrades gives exactly what matchAll gives over the whole text', () => {
  for (const [name, re, reach] of PATTERNS)
    it(name, () => {
      let seen = 0;
      for (let seed = 1; seed <= 150; seed++) {
        const text = fuzzText(seed, 600);
        const whole = [...text.matchAll(re)].map((m) => [m.index, ...m]);
        seen += whole.length;
        expect(matchesNearGrades(text, re, reach).map((m) => [m.index, ...m])).toEqual(whole);
      }
      expect(seen).toBeGreaterThan(5); // the fuzz text does hold matches of every pattern
    });
});

describe('linesNearGrades', () => {
  it('lists once, in order, every line that holds part of a grade phrase', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = fuzzText(seed, 300);
      const listed = linesNearGrades(text);
      const pairs: string[] = [];
      for (let i = 0; i < listed.length; i += 2) pairs.push(`${listed[i]}-${listed[i + 1]}`);
      const expected: string[] = [];
      for (const m of text.matchAll(/^[^\n]*$/gm)) {
        const end = m.index + m[0].length;
        const { starts, ends } = anchorsOf(text);
        if (starts.some((s, k) => s < end && ends[k]! > m.index)) expected.push(`${m.index}-${end}`);
      }
      expect(pairs).toEqual(expected);
    }
  });
});

describe('gradeWindows', () => {
  it('are in order, apart and inside the text, and count a blank run as one character', () => {
    const text = `x${' '.repeat(5000)}good${' '.repeat(5000)}Area`;
    const windows = gradeWindows(text, { before: 2, after: 2 });
    // The reach, and the first character past it.
    expect(windows).toEqual([0, text.length - 2]);
    const spread = fuzzText(7, 3000);
    const w = gradeWindows(spread, { before: 10, after: 10 });
    for (let i = 0; i < w.length; i += 2) {
      expect(w[i]!).toBeLessThan(w[i + 1]!);
      if (i > 0) expect(w[i]!).toBeGreaterThan(w[i - 1]!);
    }
    expect(w[w.length - 1]!).toBeLessThanOrEqual(spread.length);
  });
});
