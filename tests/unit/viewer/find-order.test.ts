import { describe, expect, it } from 'vitest';
import { firstMatchFrom, pageOfOffset, stepMatch } from '../../../lib/viewer/find-order';

// Three pages starting at offsets 0, 100 and 200; matches on pages 1, 1, 2, 3 and 3.
const pageStarts = [0, 100, 200];
const matches: Array<[number, number]> = [
  [10, 14],
  [50, 54],
  [150, 154],
  [210, 214],
  [290, 294],
];

describe('pageOfOffset', () => {
  it('gives the 1-based page an offset of the text falls on', () => {
    expect(pageOfOffset(pageStarts, 0)).toBe(1);
    expect(pageOfOffset(pageStarts, 99)).toBe(1);
    expect(pageOfOffset(pageStarts, 100)).toBe(2);
    expect(pageOfOffset(pageStarts, 999)).toBe(3);
  });
});

describe('firstMatchFrom', () => {
  it('is the first match on the current page or after it', () => {
    expect(firstMatchFrom(matches, pageStarts, 1)).toBe(0);
    expect(firstMatchFrom(matches, pageStarts, 2)).toBe(2);
    expect(firstMatchFrom(matches, pageStarts, 3)).toBe(3);
  });
  it('wraps to the first match when none follows the current page', () => {
    expect(firstMatchFrom([[10, 14]], pageStarts, 3)).toBe(0);
  });
  it('is -1 when nothing matches', () => {
    expect(firstMatchFrom([], pageStarts, 2)).toBe(-1);
  });
});

describe('stepMatch', () => {
  it('moves forward and back, wrapping at either end', () => {
    expect(stepMatch(5, 4, 1)).toBe(0);
    expect(stepMatch(5, 0, -1)).toBe(4);
    expect(stepMatch(5, 2, 1)).toBe(3);
  });
  it('is -1 with no matches', () => {
    expect(stepMatch(0, -1, 1)).toBe(-1);
  });
});
