// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AreaChart } from '../../components/area-chart';
import type { AreaBlock, InspectionColumn } from '../../components/model/history-model';
import { columnsOf } from '../../components/model/history-model';
import type { InspectionEvent, InspectionHistory } from '../../lib/compare/inspection-types';

afterEach(cleanup);

const event = (id: string, label: string, publicationDate: string | null) =>
  ({
    id,
    label,
    publicationDate,
    span: null,
    inspectionDates: null,
    framework: 'SIF',
    reported: false,
    reportedBy: [],
  }) as unknown as InspectionEvent;

describe('AreaChart', () => {
  const history = {
    inspections: [event('x', 'date not given', null), event('a', 'Mar 2016', '2016-03-01'), event('b', 'Jan 2023', '2023-01-13')],
  } as unknown as InspectionHistory;
  const columns: InspectionColumn[] = columnsOf(history);
  const block: AreaBlock = {
    key: 'overall',
    label: 'Overall effectiveness',
    entries: [
      { column: columns[2]!, grade: 'Good', rank: 2, move: null, moveKind: null, reportedBy: null, disputed: [] },
      { column: columns[1]!, grade: 'Inadequate', rank: 4, move: null, moveKind: null, reportedBy: null, disputed: [] },
      { column: columns[0]!, grade: 'Requires improvement', rank: 3, move: null, moveKind: null, reportedBy: null, disputed: [] },
    ],
  };

  it('gives an inspection of unknown date no place in time', () => {
    expect(columns[0]!.time).toBeNull();
  });

  it('leaves an undated inspection off the time axis and names it as undated in text', () => {
    const { container } = render(<AreaChart block={block} columns={columns} />);
    const years = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(years).not.toContain('2000');
    expect(container.querySelectorAll('circle')).toHaveLength(2);
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toMatch(
      /undated: Requires improvement \(date not given\)/,
    );
  });
});
