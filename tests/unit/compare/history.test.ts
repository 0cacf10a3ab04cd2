import { beforeAll, describe, expect, it } from 'vitest';
import { buildHistory, type CompareReport, type History } from '../../../lib/compare/history';
import { summariseHistory } from '../../../lib/compare/summary';
import { dudleyReport } from './dudley';

let history: History;
beforeAll(async () => {
  const keys = ['cabinet2012', 'commissioner2016', 'ofsted2016', 'ofsted2018', 'ofsted2023'] as const;
  const reports: CompareReport[] = await Promise.all(keys.map(dudleyReport));
  history = buildHistory(reports);
});

/** A row as "year grade move" strings, for the inspections that graded it. */
function row(key: string): string[] {
  const r = history.rows.find((x) => x.key === key)!;
  return r.cells.flatMap((c, i) =>
    c && !c.quoted ? [`${history.years[i]} ${c.grade}${r.moves[i] ? ` ${r.moves[i]}` : ''}`] : [],
  );
}

describe('Dudley, 2012 to 2022, across SLAC, SIF and ILACS', () => {
  it('places each inspection in its year', () => {
    expect(history.years).toEqual(expect.arrayContaining(['2012', '2016', '2018', '2022']));
  });

  it('gives the area-by-area history with the right moves', () => {
    // The 2016 SIF report's own list of earlier inspections gives safeguarding adequate in 2011.
    expect(row('help_protection')).toEqual([
      '2012 adequate same',
      '2016 inadequate down',
      '2018 requires improvement up',
      '2022 requires improvement same',
    ]);
    expect(row('in_care')).toEqual(['2012 good same', '2016 inadequate down', '2018 good up', '2022 requires improvement down']);
    expect(row('leaders')).toEqual(['2012 good', '2016 inadequate down', '2018 good up', '2022 requires improvement down']);
    // 2012 had no overall grade of its own; the commissioner's report quotes it as satisfactory, so 2016 is down from that.
    expect(row('overall')).toEqual(['2016 inadequate down', '2018 requires improvement up', '2022 requires improvement same']);
    expect(row('care_leavers')).toEqual(['2016 requires improvement same', '2018 good up', '2022 requires improvement down']);
  });

  it('takes each inspection’s grades from the report itself, not a paper that discusses it', () => {
    const leaders2016 = history.rows.find((r) => r.key === 'leaders')!.cells[history.years.indexOf('2016')]!;
    expect(leaders2016.reportId).toBe('ofsted2016');
  });

  it('marks grades that a later document quotes', () => {
    const quoted = history.rows.flatMap((r) => r.cells.filter((c) => c?.quoted));
    expect(quoted.length).toBeGreaterThan(0);
    // the commissioner's report and the 2016 SIF report's list of earlier inspections
    expect(quoted.every((c) => ['commissioner2016', 'ofsted2016'].includes(c!.reportId))).toBe(true);
  });

  it('sums up what moved since the previous inspection', () => {
    expect(summariseHistory(history)).toBe(
      'Since 2018: leaders and management down from good to requires improvement; children in care down from good to requires improvement; ' +
        'care leavers down from good to requires improvement; overall effectiveness, help and protection (safeguarding) unchanged',
    );
  });
});
