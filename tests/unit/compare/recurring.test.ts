import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRecurring, notRaisedAgain, RECURRING_THRESHOLD } from '../../../lib/compare/recurring';
import { similarity, stem, wordsOf } from '../../../lib/compare/similarity';
import { dudleyReport } from './dudley';

describe('recurring recommendations', () => {
  it('matches the 2012 recommendations that the 2016 commissioner report repeats, and only those', async () => {
    const [r2012, r2016] = await Promise.all([dudleyReport('cabinet2012'), dudleyReport('commissioner2016')]);
    const matches = findRecurring(r2016, [r2012]);
    const repeated = r2016.recommendations.filter((_, i) => matches[i]!.length > 0).map((r) => r.quote.slice(0, 40));
    expect(repeated).toHaveLength(8);
    expect(repeated.some((q) => q.startsWith('establish joint and agreed quality'))).toBe(true);
    expect(repeated.some((q) => q.startsWith('ensure there is sufficient IRO capacity'))).toBe(true);
    expect(matches.flat().every((m) => m.year === '2012')).toBe(true);
    expect(
      r2016.recommendations
        .filter((r) => /My recommendation|management instructions/.test(r.quote))
        .every((r) => matches[r2016.recommendations.indexOf(r)]!.length === 0),
    ).toBe(true);
  });

  it('lists earlier recommendations no later report raises again', async () => {
    const [r2012, r2016] = await Promise.all([dudleyReport('cabinet2012'), dudleyReport('commissioner2016')]);
    const left = notRaisedAgain([r2012, r2016]).map((u) => u.quote);
    expect(left.some((q) => /MARAC/.test(q))).toBe(true);
    expect(left.some((q) => /IRO capacity/.test(q))).toBe(false);
  });

  it('holds its precision and recall on the labelled pairs', () => {
    const file = path.resolve(import.meta.dirname, '../../fixtures/compare/recommendation-pairs.json');
    const pairs = (JSON.parse(fs.readFileSync(file, 'utf8')) as { pairs: Array<{ a: string; b: string; same: boolean }> }).pairs;
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    const hit = pairs.map((p) => similarity(wordsOf(p.a), wordsOf(p.b)) >= RECURRING_THRESHOLD);
    const tp = pairs.filter((p, i) => p.same && hit[i]).length;
    const precision = tp / hit.filter(Boolean).length;
    const recall = tp / pairs.filter((p) => p.same).length;
    // Measured 0.786 / 0.688 (npm run eval:pairs); the floor guards against regressions.
    expect(precision).toBeGreaterThanOrEqual(0.75);
    expect(recall).toBeGreaterThanOrEqual(0.65);
  });

  it('normalises wording', () => {
    expect(stem('assessments')).toBe(stem('assessment'));
    expect(similarity(wordsOf('Improve the quality of assessments.'), wordsOf('The quality of assessment'))).toBe(1);
    expect(similarity(wordsOf('Private fostering arrangements'), wordsOf('Return home interviews'))).toBe(0);
  });
});
