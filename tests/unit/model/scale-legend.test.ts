import { describe, expect, it } from 'vitest';
import { legendLine, scaleLegendOf, scaleLegendsOf } from '../../../lib/model/scale-legend';
import type { JudgementMention } from '../../../lib/model/findings';

const j = (areaKey: string, grade: string, rank: number | null = 1): JudgementMention =>
  ({ ruleId: 'r', area: 'a', areaKey, grade, rank, inspection: null, quote: '', start: 0, end: 0 }) as JudgementMention;

describe('scale legends', () => {
  it('gives the area SEND outcome its three sentences, best first', () => {
    expect(scaleLegendOf(j('send_outcome', 'inconsistent experiences and outcomes', 2))).toEqual({
      name: 'Area SEND outcome',
      levels: [
        'typically positive experiences and outcomes',
        'inconsistent experiences and outcomes',
        'widespread and/or systemic failings',
      ],
    });
  });

  it('gives school report cards their five levels, whatever the area', () => {
    expect(scaleLegendOf(j('school_other', 'needs attention', 4))?.levels).toEqual([
      'exceptional',
      'strong standard',
      'expected standard',
      'needs attention',
      'urgent improvement',
    ]);
  });

  it('names youth justice and CQC scales by who grades them, with CQC scores in their own words', () => {
    expect(scaleLegendOf(j('yj_standard', 'good', 2))?.name).toBe('HMI Probation youth justice rating');
    expect(scaleLegendOf(j('asc_overall', 'good', 2))?.name).toBe('CQC adult social care rating');
    expect(legendLine(scaleLegendOf(j('asc_quality_statement', 'score 2 of 4', 3))!)).toBe(
      'CQC quality statement score, best first: 4 evidence shows an exceptional standard · 3 evidence shows a good standard · 2 evidence shows some shortfalls · 1 evidence shows significant shortfalls',
    );
  });

  it('gives no legend for the four-point grade of children’s services, nor for school grades of 2005–24', () => {
    expect(scaleLegendOf(j('overall', 'good', 2))).toBeNull();
    expect(scaleLegendOf(j('school_overall', 'good', 2))).toBeNull();
  });

  it('lists each scale once, in the order first met, earlier inspections’ judgements included', () => {
    const earlier = { ...j('send_outcome', 'typically positive experiences and outcomes'), inspection: 'previous' };
    const list = scaleLegendsOf([
      j('asc_quality_statement', 'score 3 of 4'),
      j('asc_overall', 'good'),
      j('asc_quality_statement', 'score 1 of 4'),
      earlier,
    ]);
    expect(list.map((l) => l.name)).toEqual(['CQC quality statement score', 'CQC adult social care rating', 'Area SEND outcome']);
  });
});
