import { describe, expect, it } from 'vitest';
import { anyWordIn } from '../../../lib/detect/word-spots';

/** The reference: the words searched for in the stretch's lower-case copy. */
const naive = (text: string, words: string[], from: number, to: number) =>
  words.some((w) => text.slice(from, to).toLowerCase().includes(w));

describe('anyWordIn', () => {
  const text = 'The Previous JUDGEMENT of children’s services was good; its misjudgements were few. Rating: judgment.\n'.repeat(3);

  it('equals a search of the stretch, for words known at the pass and words asked for later', () => {
    const asked = [['judgement', 'judgment'], ['previous'], ['children’s'], ['rating', 'outcome'], ['misj'], ['absent']];
    for (const words of asked)
      for (let from = 0; from < text.length; from += 7)
        for (const to of [from + 5, from + 30, from + 120]) expect(anyWordIn(text, words, from, to)).toBe(naive(text, words, from, to));
  });

  it('finds a word overlapping another of the same letters ("sese" in "sesese")', () => {
    const rows = 'xsesesex';
    expect(anyWordIn(rows, ['sese'], 3, 7)).toBe(true);
    expect(anyWordIn(rows, ['sese'], 4, 8)).toBe(false);
  });

  it('says yes when lower-casing changes the length (offsets cannot be compared)', () => {
    expect(anyWordIn('İstanbul rating', ['absent'], 0, 5)).toBe(true);
  });
});
