import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../lib/detect/paragraph-spans';
import { detectSentenceRecommendations } from '../../../lib/detect/detect-sentence-recommendations';

// The regular expression paragraphsOf replaced: right on ordinary text, but a 5 MB run of tabs on one
// line overflowed the engine's backtracking stack ("Maximum call stack size exceeded").
const OLD_PARAGRAPH = /[^\n]+(?:\n(?![^\S\n]*\n)[^\n]+)*/g;
const old = (text: string) => [...text.matchAll(OLD_PARAGRAPH)].map((m) => ({ index: m.index, text: m[0] }));

describe('paragraphsOf', () => {
  it.each([
    'One line.',
    'First line\nsecond line\n\nNext paragraph.',
    'A\n \t \nB\n\n\nC\n',
    '\n\nLeading blanks\nthen text',
    'Ends on a blank-only line\n  ',
    ' \t \nStarts after a blank-only line',
    'x\n\t\ny\n \n\n z \n',
    '',
    '\n\n\n',
  ])('splits %j as lines up to a line of blanks only', (text) => {
    expect(paragraphsOf(text)).toEqual(old(text));
  });

  it('gives the same paragraphs on mixed random text', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', 'b c', '\n', '\n', ' ', '\t', '.'];
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(paragraphsOf(text)).toEqual(old(text));
    }
  });

  it('reads a section holding a 5 MB run of tabs on one line without running out of stack', () => {
    const text = `Recommendations\n\nThe Council should act.\n${'\t'.repeat(5_000_000)}x\nThe DFE should receive it.\n`;
    expect(() => detectSentenceRecommendations(text, 'committee')).not.toThrow();
  });
});
