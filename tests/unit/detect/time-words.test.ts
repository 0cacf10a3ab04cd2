import { describe, expect, it } from 'vitest';
import { timeless } from '../../../lib/detect/time-words';
import { PAST_MARKER } from '../../../lib/detect/past-context';
import { SAME_AS } from '../../../lib/detect/paper-rules';
import { LEFT_BEHIND_CLAUSE } from '../../../lib/detect/grade-from-to';
import { DATE_PATTERN } from '../../../lib/detect/text-util';

// Issue 10, item 3: a mention's sentence with no time word skips the time rules; every match of
// those rules must therefore hold a time word, or a grade would lose its earlier inspection.
const pad = 'Services were rated as good and children are safe. ';
const examples = [
  'at the last inspection',
  'the previous Ofsted inspection',
  'prior inspection',
  'earlier judgements',
  'the preceding inspection',
  'former SIF',
  'was last inspected',
  'was last assessed',
  'At this time',
  'at that time',
  'services previously judged',
  'the most recent inspection',
  'at this inspection',
  'the same judgement as in 2014',
  'from the ‘inadequate’ rating awarded in 2012 to good',
  'after being previously judged inadequate',
  'an improvement on ‘requires improvement’',
  'a step  up on adequate',
  'the first inspection since',
  'at that inspection',
  'then',
  'in June 2012',
  '1999',
];

describe('time words: every time rule needs one', () => {
  it.each(examples)('%s is not timeless', (phrase) => {
    const text = `${pad}${phrase} ${pad}`;
    expect(timeless(text, pad.length, pad.length + phrase.length)).toBe(false);
  });

  it('a sentence with no time word is timeless, and none of the rules match it', () => {
    const text = pad.repeat(40);
    expect(timeless(text, 0, text.length)).toBe(true);
    for (const re of [PAST_MARKER, SAME_AS, LEFT_BEHIND_CLAUSE, DATE_PATTERN])
      expect(new RegExp(re.source, 'i').test(text)).toBe(false);
  });

  it('a time word hidden inside an overlapping one just before the span still counts', () => {
    const text = `${pad}improvement  on good`;
    const at = text.indexOf('on good');
    expect(timeless(text, at, text.length)).toBe(false);
  });
});

describe('timeless: the index of time-word starts', () => {
  // The reference: the time words' starts from one matchAll, counted in the stretch (a little before it too).
  const WORDS = /last|previous|prior|earlier|preceding|former|recent|that|same|inspection|from|since|then|ago|(?:improvement|change|up|rise|move)\s{1,20}on|(?:19|20)\d\d/gi;
  const text = 'Services were good. At the last inspection in 2016 they were adequate, a step up on 2012. Staff are kind. '.repeat(4);
  const starts = [...text.matchAll(WORDS)].map((m) => m.index);
  const reference = (start: number, end: number) => {
    const from = Math.max(0, start - 40);
    const to = Math.min(end, text.length);
    const before = (i: number) => starts.filter((s) => s < i).length;
    return before(to) - before(from) === 0;
  };

  it('answers as counting the starts in the stretch, for every stretch (even one ending before it starts)', () => {
    for (let start = 0; start < text.length; start += 5)
      for (const end of [start - 60, start, start + 10, start + 80]) expect(timeless(text, start, end)).toBe(reference(start, end));
  });
});
