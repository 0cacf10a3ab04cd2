import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import thesaurus from '../../../lib/compare/thesaurus.json';
import {
  MATCH_THRESHOLD,
  matchFeatures,
  matchScore,
  prepareRecommendation,
  SCORE_WITHOUT_SHARED_TERMS,
  scoreOfFeatures,
} from '../../../lib/compare/recommendation-matcher';
import { stemWord, termsOf } from '../../../lib/compare/recommendation-terms';

const concepts = (text: string) => new Set(termsOf(text).filter((t) => /^[#@]/.test(t)));
const shares = (a = '', b = '') => [...concepts(a)].some((c) => concepts(b).has(c));

describe('the thesaurus', () => {
  for (const c of thesaurus.concepts) {
    it(`${c.id}: every term names it, and its examples hold`, () => {
      for (const term of c.terms) expect([...concepts(term)], term).toContain(`${'group' in c && c.group ? '@' : '#'}${c.id}`);
      for (const [a, b] of c.examples.same) expect(shares(a, b), `${a} ~ ${b}`).toBe(true);
      for (const [a = '', b = ''] of c.examples.different)
        expect(concepts(a).has(`#${c.id}`) && concepts(b).has(`#${c.id}`), `${a} ≠ ${b}`).toBe(false);
    });
  }
});

describe('terms', () => {
  it('stems endings to one word', () => {
    expect(stemWord('planning')).toBe(stemWord('plans'));
    expect(stemWord('analysis')).toBe(stemWord('analysed'));
    expect(stemWord('independence')).toBe(stemWord('independently'));
    // Staff supervision is a concept; supervising a programme is not.
    expect(stemWord('supervisions')).toBe('supervision');
    expect(stemWord('supervise')).not.toBe(stemWord('supervision'));
  });

  it('matches phrases, not words: return home interviews are not children returning home from care', () => {
    expect(termsOf('Offer return home interviews.')).toContain('#missing');
    expect(termsOf('Planned support for children returning home from care.')).toEqual(['plan', 'support', '#reunification']);
  });

  it('drops filler and page references', () => {
    expect(termsOf('Ensure that the quality of supervision improves (Page 12, paragraph 32).')).toEqual(['#oversight']);
  });
});

describe('the calibrated score', () => {
  const score = (a: string, b: string) => matchScore(prepareRecommendation(a), prepareRecommendation(b));

  it('computes on the hot path exactly the model the labelled pairs were fitted with', () => {
    const file = path.resolve(import.meta.dirname, '../../fixtures/compare/recurring-pairs.json');
    const pairs = (JSON.parse(fs.readFileSync(file, 'utf8')) as { pairs: Array<{ a: string; b: string }> }).pairs;
    for (const p of [...pairs.slice(0, 60), { a: '', b: 'x' }]) {
      const [a, b] = [prepareRecommendation(p.a), prepareRecommendation(p.b)];
      expect(matchScore(a, b)).toBeCloseTo(scoreOfFeatures(matchFeatures(a, b)), 12);
    }
  });

  it('sees a list that names the other wording’s concept (concept containment, not only overlap)', () => {
    const list = prepareRecommendation(
      'Support for vulnerable children, including those at risk of exploitation, going missing and private fostering.',
    );
    const one = prepareRecommendation('The assessment of private fostering arrangements.');
    const [, , overlap, , , , , contained] = matchFeatures(list, one);
    expect(contained).toBe(1);
    expect(overlap).toBeLessThan(0.5);
  });

  it('keeps any pair sharing no term under the threshold (so the links need not score it)', () => {
    expect(SCORE_WITHOUT_SHARED_TERMS).toBeLessThan(MATCH_THRESHOLD);
    const a = prepareRecommendation('Care leavers’ pathway plans and personal education plans for children in care.');
    const b = prepareRecommendation('Supervision orders for disabled children on the edge of care.');
    expect(matchScore(a, b)).toBeLessThanOrEqual(SCORE_WITHOUT_SHARED_TERMS);
  });

  it('is a likelihood from 0 to 1', () => {
    expect(score('x', '')).toBeGreaterThanOrEqual(0);
    expect(score('The quality of supervision.', 'The quality of supervision.')).toBeLessThanOrEqual(1);
  });

  it('matches the issue’s synonyms and keeps related but different aims apart', () => {
    expect(
      score('The frequency and quality of management oversight.', 'The frequency and quality of supervision.'),
    ).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(score('The quality and impact of supervision.', 'Plans for children subject to supervision orders.')).toBeLessThan(
      MATCH_THRESHOLD,
    );
    expect(
      score('Return home interviews are offered to all.', 'Planned support for children returning home from care.'),
    ).toBeLessThan(MATCH_THRESHOLD);
  });

  it('holds precision and recall on the labelled pairs (npm run eval:pairs prints the figures)', () => {
    const file = path.resolve(import.meta.dirname, '../../fixtures/compare/recurring-pairs.json');
    const pairs = (
      JSON.parse(fs.readFileSync(file, 'utf8')) as { pairs: Array<{ authority: string; a: string; b: string; same: boolean }> }
    ).pairs;
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    expect(new Set(pairs.map((p) => p.authority)).size).toBeGreaterThanOrEqual(25);
    const hit = pairs.map((p) => score(p.a, p.b) >= MATCH_THRESHOLD);
    const tp = pairs.filter((p, i) => p.same && hit[i]).length;
    // Floors a little under the measured figures, against regressions.
    expect(tp / hit.filter(Boolean).length).toBeGreaterThanOrEqual(0.85);
    expect(tp / pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(0.72);
  });
});
