import { describe, expect, it } from 'vitest';
import { buildInspectionHistory } from '../../../lib/compare/inspections';
import { ilacs, judgement } from './make-source';

// An earlier inspection known only as "the previous inspection" (no date) is not given the citing
// report's framework: one of its framework could not have come before it (FRAMEWORKS.md: ILACS from
// 2018, SIF 2013–18), and where several could, the framework is not stated.
const reported = (dates: string) => {
  const report = ilacs('citing', dates, { 'Overall effectiveness': 'good' });
  report.judgements.push(judgement('Overall effectiveness', 'inadequate', 'previous'));
  return buildInspectionHistory([report]).inspections.find((e) => e.reported)!;
};

describe('the framework of an undated previous inspection', () => {
  it('an ILACS inspection in its first year follows an SIF one', () => {
    const e = reported('4 to 15 June 2018');
    expect(e.family).toBe('SIF');
    expect(e.framework).toBe('SIF');
    expect(e.label).toBe('previous inspection');
  });

  it('a later ILACS inspection may follow either: framework not stated', () => {
    const e = reported('3 to 14 October 2022');
    expect(e.framework).toBe('framework not stated');
    expect(e.grades.overall).toMatchObject({ grade: 'inadequate' });
  });

  it('a stored earlier ILACS report still takes the previous grade', () => {
    const first = ilacs('first', '5 to 16 March 2019', { 'Overall effectiveness': 'inadequate' });
    const later = ilacs('later', '3 to 14 October 2022', { 'Overall effectiveness': 'good' });
    later.judgements.push(judgement('Overall effectiveness', 'inadequate', 'previous'));
    const h = buildInspectionHistory([first, later]);
    expect(h.inspections.map((e) => [e.family, e.reported])).toEqual([
      ['ILACS', false],
      ['ILACS', false],
    ]);
  });
});
