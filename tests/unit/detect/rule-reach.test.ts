import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readWholeText } from '../../../lib/detect/anchor-index';
import { judgementRules } from '../../../lib/detect/detect-judgements';
import { detectReport } from '../../../lib/detect/detect-report';

// Issue 16, item 2: each rule runs only around the grade words its reach and pre-filter keep
// (anchor-index.ts, anchor-filters.ts, prose-reach.ts). A rule widened without widening its reach
// would silently lose matches there: every rule's own examples, and whole texts, must give the same
// findings as the same rules run over the whole text.

afterEach(() => {
  readWholeText(false);
});

function both<T>(run: () => T): { windows: T; whole: T } {
  readWholeText(false);
  const windows = run();
  readWholeText(true);
  const whole = run();
  readWholeText(false);
  return { windows, whole };
}

describe.each(judgementRules.map((r) => [r.id, r] as const))(
  'judgement rule %s reads its examples as the whole text does',
  (_id, rule) => {
    it.each([...rule.examples.match, ...rule.examples.miss])('%j', (example) => {
      const { windows, whole } = both(() => rule.find(example));
      expect(windows).toEqual(whole);
    });
  },
);

const TEXTS = path.resolve(import.meta.dirname, '../../fixtures/text');

describe('whole documents read around their grade words as over the whole text', () => {
  it.each(fs.readdirSync(TEXTS).filter((f) => f.endsWith('.txt')))('%s', (file) => {
    const text = fs.readFileSync(path.join(TEXTS, file), 'utf8');
    const { windows, whole } = both(() => detectReport(text));
    expect(windows).toEqual(whole);
  });
});

// Real council papers, news items and letters (eval/papers): a rule widened on one branch while its
// needed words were narrowed on another merged cleanly and lost matches only on such texts.
const PAPERS = path.resolve(import.meta.dirname, '../../../eval/papers');

describe('council papers read around their grade words as over the whole text', () => {
  it.each(fs.readdirSync(PAPERS).filter((f) => f.endsWith('.txt')))('%s', (file) => {
    const text = fs.readFileSync(path.join(PAPERS, file), 'utf8');
    const { windows, whole } = both(() => detectReport(text));
    expect(windows).toEqual(whole);
  });
});
