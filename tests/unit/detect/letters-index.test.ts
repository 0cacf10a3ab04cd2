import { describe, expect, it } from 'vitest';
import { lettersIndex } from '../../../lib/detect/text-cache';

// The gate the dense-mention rules use before their patterns: where one of the words' letters starts
// in [from, to). It must say yes wherever the rule's word stands, inside a longer word too (it is a
// superset of the word-bounded answer), and no where none starts in the stretch.
describe('lettersIndex', () => {
  const text = 'Services had been rated good. Having been judged, whereas before. Shadows. since';
  const had = lettersIndex('had|having');

  it('finds each start in the stretch, any case, inside words too', () => {
    expect(had(text, 0, text.length)).toBe(true);
    expect(had(text, text.indexOf('Having'), text.indexOf('Having') + 1)).toBe(true);
    expect(had(text, text.indexOf('Shadows') + 1, text.indexOf('Shadows') + 2)).toBe(true);
  });

  it('answers no where none starts in [from, to), and clamps a negative start', () => {
    expect(had(text, text.indexOf('had') + 1, text.indexOf('Having'))).toBe(false);
    expect(had(text, 0, text.indexOf('had'))).toBe(false);
    expect(lettersIndex('since')(text, -40, 10)).toBe(false);
    expect(lettersIndex('since')(text, -40, text.length)).toBe(true);
  });

  it('agrees with a scan of every stretch of a text', () => {
    const words = lettersIndex('year|month|decade');
    const sample = 'four years ago; six Months prior, a decade earlier and yearly monthly reports';
    for (let from = 0; from < sample.length; from += 3)
      for (let to = from; to <= sample.length; to += 5) {
        const scan = [...sample.matchAll(/year|month|decade/gi)].some((m) => m.index >= from && m.index < to);
        expect(words(sample, from, to), `${from}-${to}`).toBe(scan);
      }
  });
});
