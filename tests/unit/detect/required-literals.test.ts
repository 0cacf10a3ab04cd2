import { describe, expect, it } from 'vitest';
import { requiredWords } from '../../../lib/detect/required-literals';

describe('requiredWords', () => {
  it('reads the fixed words of a sequence and the choices of a group', () => {
    expect(requiredWords(/\bthe\s+same\s+(?:judge?ment|grade|rating|outcome)\s+as\b/gi)).toEqual([
      ['grade', 'judgement', 'judgment', 'outcome', 'rating'],
      ['same'],
    ]);
  });

  it('joins letters, short classes and optional letters into words', () => {
    expect(requiredWords(/children[’']?s\s+services/i)).toEqual([["children's", 'childrens', 'children’s'], ['services']]);
  });

  it('takes nothing from optional parts, lookarounds, ranges or short words', () => {
    expect(requiredWords(/(?:previous\s+)?good/i)).toEqual([['good']]);
    expect(requiredWords(/(?<=rated\s)good(?=\s+overall)/i)).toEqual([['good']]);
    expect(requiredWords(/[a-z]{3,40}\s+was/i)).toEqual([]);
    expect(requiredWords(/\bin\s+the\b/i)).toEqual([]);
  });

  it('needs one word of every branch, or nothing when a branch needs none', () => {
    expect(requiredWords(/\b(?:rated|judged)\b|\bgraded\s+as\b/i)).toEqual([['graded', 'judged', 'rated']]);
    expect(requiredWords(/\brated\b|\s+/i)).toEqual([]);
  });

  it('gives nothing for syntax it does not read (a back-reference, the u flag)', () => {
    expect(requiredWords(/(good)\s+\1/i)).toEqual([]);
    expect(requiredWords(/inspection/u)).toEqual([]);
  });

  it('names a word of each set in every match, over invented sentences', () => {
    const patterns = [
      /\b(?:the|its)\s+(?:previous|last)\s+["'‘’]?(good|inadequate)["'‘’]?\s+(?:judge?ment|rating)\s+(?:for|of)\s+([^.;,]{3,80}?)\s+in\s+((?:19|20)\d\d)/gi,
      /\b((?:services|the service)[^.;\n]{0,80}?)\s+(?:was|were|had been)\s+(?:rated|graded)(?:\s+overall)?\s+as\s+["'‘’]?(good|inadequate)/gi,
    ];
    const text = [
      'The previous ‘good’ judgment for services for care leavers in 2016 stood.',
      'Its last inadequate rating of adoption support in 2012 was lifted.',
      'Services for children in care were rated overall as good. The service had been graded as inadequate.',
    ].join(' ');
    for (const re of patterns) {
      const sets = requiredWords(re, 9);
      expect(sets.length).toBeGreaterThan(0);
      const matches = [...text.matchAll(re)];
      expect(matches.length).toBeGreaterThan(0);
      for (const m of matches) for (const set of sets) expect(set.some((w) => m[0].toLowerCase().includes(w))).toBe(true);
    }
  });
});
