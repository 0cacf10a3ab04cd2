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
