import { beforeAll, describe, expect, it } from 'vitest';
import { areaMoves, describeMove } from '../../../lib/compare/area-moves';
import { buildInspectionHistory } from '../../../lib/compare/inspections';
import type { AreaMove } from '../../../lib/compare/inspection-types';
import { rankGrade } from '../../../lib/detect/grades';
import { dudleyReport } from './dudley';
import { ilacs, judgement, source } from './make-source';

describe('Dudley moves, 2011/12 to 2022', () => {
  let moves: AreaMove[];
  beforeAll(async () => {
    const keys = ['cabinet2012', 'commissioner2016', 'ofsted2016', 'ofsted2018', 'ofsted2023'] as const;
    moves = areaMoves(buildInspectionHistory(await Promise.all(keys.map(dudleyReport))));
  }, 120_000);
  const row = (key: string) => moves.filter((m) => m.key === key).map((m) => m.text.replace(/; reported by .*/, ' (reported)'));

  it('compares each grade with the previous inspection shown in its row, in words', () => {
    expect(row('help_protection')).toEqual([
      'first graded (reported)',
      'down from adequate (2011)',
      'up from inadequate (2016)',
      'same as requires improvement (2018)',
    ]);
    expect(row('in_care')).toEqual([
      'first graded (reported)',
      'down from good (2011)',
      'up from inadequate (2016)',
      'down from good (2018)',
    ]);
    expect(row('care_leavers')).toEqual(['first graded', 'up from requires improvement (2016)', 'down from good (2018)']);
  });

  it('never says "down" between two equal grades (no hidden baseline)', () => {
    for (const m of moves.filter((x) => x.move === 'down')) expect(m.grade.rank).toBeGreaterThan(rankGrade(m.previous!.grade)!);
    for (const m of moves.filter((x) => x.previous)) {
      const same = m.grade.grade === m.previous!.grade;
      expect(m.move === 'same').toBe(same);
    }
  });

  it('says who reported a quoted grade, in the text itself', () => {
    const slac = moves.find((m) => m.key === 'help_protection' && m.grade.reported)!;
    expect(slac.text).toMatch(/^first graded; reported by .+/);
  });
});

describe('moves on small histories', () => {
  it('treats adequate and requires improvement as one rank', () => {
    const a = ilacs('a', 'May 2018', { 'Overall effectiveness': 'requires improvement' });
    const b = ilacs('b', 'May 2021', { 'Overall effectiveness': 'requires improvement' });
    expect(areaMoves(buildInspectionHistory([a, b])).map((m) => m.text)).toEqual([
      'first graded',
      'same as requires improvement (2018)',
    ]);
  });

  it('names the earlier inspection by the year of its own dates, as its column does, not by its publication', () => {
    // Inspected in December 2015, published in February 2016: the column reads "Dec 2015".
    const a = source(
      'a',
      { framework: 'SIF', kind: "children's services inspection", inspectionDates: '30 November to 11 December 2015', publicationDate: '2016-02-10' },
      [judgement('Overall effectiveness', 'inadequate')],
    );
    const b = ilacs('b', 'May 2019', { 'Overall effectiveness': 'good' });
    const history = buildInspectionHistory([a, b]);
    expect(history.inspections.map((e) => e.label)).toEqual(['Dec 2015', 'May 2019']);
    expect(areaMoves(history).map((m) => m.text)).toEqual(['first graded', 'up from inadequate (2015)']);
  });

  it('describes a move up', () => {
    const grade = { grade: 'good', rank: 2, sourceId: 'x', quote: '', reported: false, reportedBy: null };
    const before = { grade: { ...grade, grade: 'inadequate', rank: 4 }, year: '2016' };
    expect(describeMove(grade, before)).toBe('up from inadequate (2016)');
  });
});
