// An inspection a document dates after itself (or, undated, after today) is an aim or a misread
// ("leaders are rated outstanding in 2030"), never an earlier inspection: Compare makes no
// inspection of it and computes no move against it.
import { describe, expect, it } from 'vitest';
import { buildInspectionHistory } from '../../../lib/compare/inspections';
import { ilacs, judgement, source } from './make-source';

const report = ilacs('report', '6 to 17 February 2023', { 'Overall effectiveness': 'good', Leaders: 'outstanding' });
const farYear = new Date().getFullYear() + 4;

describe('inspections dated in the future', () => {
  it('are not made from an undated plan', () => {
    const plan = source('plan', { kind: 'other' }, [
      judgement('Leaders', 'outstanding', String(farYear)),
      judgement('Experiences and progress of children in care', 'good', String(farYear - 2)),
    ]);
    const history = buildInspectionHistory([report, plan]);
    expect(history.inspections.map((e) => e.label)).toEqual(['Feb 2023']);
  });

  it('are not made from a dated paper that looks past its own date', () => {
    const paper = source('paper', { kind: 'other', publicationDate: '2019-05-01' }, [
      judgement('Overall effectiveness', 'good', '2021'),
      judgement('Overall effectiveness', 'inadequate', 'June 2016'),
    ]);
    const history = buildInspectionHistory([report, paper]);
    expect(history.inspections.map((e) => [e.label, e.reported])).toEqual([
      ['Jun 2016', true],
      ['Feb 2023', false],
    ]);
  });
});
