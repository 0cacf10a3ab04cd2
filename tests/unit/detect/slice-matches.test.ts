import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sliceMatcher } from '../../../lib/detect/slice-matches';
import { GRADE_SOURCE } from '../../../lib/detect/grades';

// Issue 16, item 2: the grade words of a mention's stretch, answered from one index of the whole
// text, must be exactly the matches of a fresh scan of the stretch, at every pair of edges: inside
// a word ("in|adequate" reads "adequate" in the slice), across a grade phrase cut short
// ("requires improvement to be go|od"), and next to one.

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/text');
const seed = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'))
  .join('\n')
  .slice(0, 20_000);
const EDGES =
  'inadequate; requires improvement to be good. Goodness, it was “Good”—requires\nimprovement, xgood goodx adequate2 ‘outstanding’ required improvement';

const PATTERNS = [
  new RegExp(GRADE_SOURCE, 'gi'),
  /\b(?:outstanding|good|adequate|inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?)\b/gi,
];

function scanned(re: RegExp, text: string, from: number, to: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.slice(from, to).matchAll(re)) {
    starts.push(from + m.index);
    ends.push(from + m.index + m[0].length);
  }
  return { starts, ends };
}

describe.each(PATTERNS.map((re) => [re.source.slice(0, 40), re] as const))('sliceMatcher %s', (_name, re) => {
  const inSlice = sliceMatcher(re);
  it('gives a fresh scan of the slice at every pair of edges of a text of crafted edges', () => {
    for (let from = 0; from <= EDGES.length; from++)
      for (let to = from; to <= EDGES.length; to++) expect(inSlice(EDGES, from, to)).toEqual(scanned(re, EDGES, from, to));
  });

  it('gives a fresh scan of the slice for stretches of real report text', () => {
    for (let from = 0; from < seed.length; from += 37)
      for (const length of [0, 1, 9, 60, 240, 999]) {
        const to = Math.min(seed.length, from + length);
        expect(inSlice(seed, from, to)).toEqual(scanned(re, seed, from, to));
      }
  });
});
