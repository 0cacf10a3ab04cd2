import { describe, expect, it } from 'vitest';
import { holdsNeededWord, neededWordOffsets } from '../../../lib/detect/needed-words';
import { matchesNearGrades, SENTENCE_REACH } from '../../../lib/detect/anchor-index';
import { judgementRules } from '../../../lib/detect/detect-judgements';

// Issue 16: a rule whose every match holds one of a few words is not run over a stretch around grade
// words that holds none of them. Invented wording.

describe('holdsNeededWord', () => {
  const text = 'Services were Rated good. Much later the SAME panel met.';
  it('finds a word in any capitalisation, wholly inside the stretch', () => {
    expect(holdsNeededWord(text, ['rated'], 0, text.length)).toBe(true);
    expect(holdsNeededWord(text, ['same'], 40, 45)).toBe(true);
    expect(holdsNeededWord(text, ['same'], 40, 44)).toBe(false);
    expect(holdsNeededWord(text, ['judg', 'rated'], 20, text.length)).toBe(false);
  });
  it('reads every stretch when lower-casing would move offsets', () => {
    const turkish = 'İstanbul services were good.';
    expect(neededWordOffsets(turkish, 'rated')).toBeNull();
    expect(holdsNeededWord(turkish, ['rated'], 0, 5)).toBe(true);
  });
});

describe('matchesNearGrades with needed words', () => {
  const re = /\brated\s+(?:as\s+)?(good|inadequate)/gi;
  const text = `${'Staff said the work was good. '.repeat(40)}Services were RATED as good.`;
  it('gives the matches the ungated reach gives', () => {
    const gated = matchesNearGrades(text, re, { ...SENTENCE_REACH, needs: ['rated'] }).map((m) => [m.index, m[0]]);
    expect(gated).toEqual(matchesNearGrades(text, re, SENTENCE_REACH).map((m) => [m.index, m[0]]));
    expect(gated).toHaveLength(1);
  });
});

describe('same-judgement-as reads only where "same" stands', () => {
  const rule = judgementRules.find((r) => r.id === 'same-judgement-as')!;
  it.each([
    'Ofsted judged the service to be good, the same judgement as in 2016.',
    'Inspectors found services inadequate, THE  SAME RATING AS ITS PREVIOUS INSPECTION IN 2019.',
    'Services require improvement, the\nsame grade as at the last inspection in March 2018.',
  ])('%j', (sentence) => {
    const found = rule.find(`Some text first. ${sentence} More text.`);
    expect(found).toHaveLength(1);
    expect(found[0]!.inspection).toMatch(/(?:19|20)\d\d$/);
  });
  it('finds none where "same" opens no such phrase', () => {
    expect(rule.find('Services were good. Bathe same judgement as in 2016 nothing.')).toEqual([]);
  });
});
