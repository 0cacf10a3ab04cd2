import { describe, expect, it } from 'vitest';
import { summariseMoves } from '../../components/model/history-model';
import type { AreaMove, InspectionHistory } from '../../lib/compare/inspection-types';

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
    { id: 'SLAC-2012', label: 'Mar 2012' },
    { id: 'SIF-2016', label: 'Apr 2016' },
    { id: 'ILACS-2018', label: 'Dec 2018' },
  ],
} as unknown as InspectionHistory;

describe('summariseMoves', () => {
  it('names, for each move, the inspection it is measured from, not only the first one', () => {
    const moves = [
      move('overall', 'Overall effectiveness', 'ILACS-2018', 'Good', 'up', {
        inspectionId: 'SIF-2016',
        label: 'Apr 2016',
        grade: 'inadequate',
      }),
      move('in_care', 'Children in care', 'ILACS-2018', 'Inadequate', 'down', {
        inspectionId: 'SLAC-2012',
        label: 'Mar 2012',
        grade: 'adequate',
      }),
    ];
    expect(summariseMoves(moves, history)).toBe(
      'Since Apr 2016: overall effectiveness up from inadequate to Good. Since Mar 2012: children in care down from adequate to Inadequate',
    );
  });

  it('keeps one "Since" when every move is measured from the same inspection', () => {
    const moves = [
      move('overall', 'Overall effectiveness', 'ILACS-2018', 'Good', 'up', {
        inspectionId: 'SIF-2016',
        label: 'Apr 2016',
        grade: 'inadequate',
      }),
      move('leaders', 'Leaders', 'ILACS-2018', 'Good', 'same', { inspectionId: 'SIF-2016', label: 'Apr 2016', grade: 'good' }),
    ];
    expect(summariseMoves(moves, history)).toBe(
      'Since Apr 2016: overall effectiveness up from inadequate to Good; leaders unchanged',
    );
  });
});
