import { describe, expect, it } from 'vitest';
import { areaMoves } from '../../../lib/compare/area-moves';
import { buildInspectionHistory } from '../../../lib/compare/inspections';
import type { AreaMove, InspectionHistory } from '../../../lib/compare/inspection-types';
import { summariseMoves } from '../../../lib/compare/move-summary';
import { ilacs } from './make-source';

const CARE = 'The experiences and progress of children in care and care leavers';
const summaryOf = (...docs: ReturnType<typeof ilacs>[]) => {
  const history = buildInspectionHistory(docs);
  return summariseMoves(areaMoves(history), history);
};

describe('the one-line summary of what moved', () => {
  it('keeps "children in care and care leavers" one area when both inspections grade it as one', () => {
    const summary = summaryOf(
      ilacs('2018', '12 to 23 November 2018', { [CARE]: 'good', 'Overall effectiveness': 'requires improvement' }),
      ilacs('2022', '7 to 18 November 2022', { [CARE]: 'requires improvement', 'Overall effectiveness': 'requires improvement' }),
    );
    expect(summary).toBe(
      'From Nov 2018 to Nov 2022: children in care and care leavers down from good to requires improvement; overall effectiveness unchanged (requires improvement)',
    );
  });

  it('names the two areas apart when the later inspection grades them apart', () => {
    const summary = summaryOf(
      ilacs('2018', '12 to 23 November 2018', { [CARE]: 'good' }),
      ilacs('2024', '4 to 15 March 2024', {
        'The experiences and progress of children in care': 'good',
        'The experiences and progress of care leavers': 'requires improvement',
      }),
    );
    expect(summary).toBe(
      'From Nov 2018 to Mar 2024: care leavers down from good to requires improvement; children in care unchanged (good)',
    );
  });
});

const move = (
  key: string,
  area: string,
  inspectionId: string,
  grade: string,
  m: AreaMove['move'],
  previous: AreaMove['previous'],
) => ({ key, area, inspectionId, grade: { grade }, move: m, previous, text: '' }) as unknown as AreaMove;

const history = {
  inspections: [
    { id: 'SLAC-2012', label: 'Mar 2012', grades: {} },
    { id: 'SIF-2016', label: 'Apr 2016', grades: {} },
    { id: 'ILACS-2018', label: 'Dec 2018', grades: {} },
  ],
} as unknown as InspectionHistory;

describe('summariseMoves', () => {
  it('names, for each move, the inspection it is measured from and the one it is measured to', () => {
    const moves = [
      move('overall', 'Overall effectiveness', 'ILACS-2018', 'good', 'up', {
        inspectionId: 'SIF-2016',
        label: 'Apr 2016',
        grade: 'inadequate',
      }),
      move('in_care', 'Children in care', 'ILACS-2018', 'inadequate', 'down', {
        inspectionId: 'SLAC-2012',
        label: 'Mar 2012',
        grade: 'adequate',
      }),
    ];
    expect(summariseMoves(moves, history)).toBe(
      'From Apr 2016 to Dec 2018: overall effectiveness up from inadequate to good. From Mar 2012 to Dec 2018: children in care down from adequate to inadequate',
    );
  });

  it('keeps one "From … to …" when every move is measured from the same inspection', () => {
    const moves = [
      move('overall', 'Overall effectiveness', 'ILACS-2018', 'good', 'up', {
        inspectionId: 'SIF-2016',
        label: 'Apr 2016',
        grade: 'inadequate',
      }),
      move('leaders', 'Leaders and management', 'ILACS-2018', 'good', 'same', {
        inspectionId: 'SIF-2016',
        label: 'Apr 2016',
        grade: 'good',
      }),
    ];
    expect(summariseMoves(moves, history)).toBe(
      'From Apr 2016 to Dec 2018: overall effectiveness up from inadequate to good; leaders and management unchanged (good)',
    );
  });
});
