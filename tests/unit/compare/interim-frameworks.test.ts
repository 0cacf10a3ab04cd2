// The 2012–13 interim frameworks (FRAMEWORKS.md §5): the looked after children services inspection
// and the inspection of arrangements for the protection of children are neither SLAC nor one another,
// read from real Ofsted reports (Kent 2013 and 2017, Calderdale 2015).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInspectionHistory } from '../../../lib/compare/inspections';
import type { InspectionEvent, SourceDocument } from '../../../lib/compare/inspection-types';
import { detectReport } from '../../../lib/detect/detect-report';
import { readInputText } from '../../../scripts/read-input';

const pdf = path.resolve(import.meta.dirname, '../../fixtures/pdf');
async function report(file: string, title: string): Promise<SourceDocument> {
  return { id: file, title, ...detectReport(await readInputText(path.join(pdf, file))) };
}
const summary = (e: InspectionEvent) => ({ label: e.label, framework: e.framework, reported: e.reported });

describe('2012–13 interim frameworks in the history', () => {
  it('Kent: the July 2013 looked after children report is its own inspection, apart from the quoted January 2013 protection one', async () => {
    const docs = [
      await report('80476-kent_2017-06-13.pdf', 'Kent SIF 2017'),
      await report('80476-kent_2013-08-23.pdf', 'Kent looked after children 2013'),
    ];
    const h = buildInspectionHistory(docs);
    const own = h.inspections.find((e) => e.sources[0] === '80476-kent_2013-08-23.pdf' && !e.reported)!;
    expect(own).toBeDefined();
    expect(summary(own)).toEqual({ label: 'Jul 2013', framework: 'looked after children services 2012–13', reported: false });
    expect(own.grades.in_care).toMatchObject({ grade: 'adequate', reported: false });
    expect(own.grades.capacity).toMatchObject({ grade: 'good', reported: false });
    expect(own.recommendations.length).toBeGreaterThan(0);
    const protection = h.inspections.find((e) => e.inspectionDates === 'January 2013')!;
    expect(summary(protection)).toEqual({ label: 'Jan 2013', framework: 'protection of children 2012–13', reported: true });
    expect(Object.keys(protection.grades)).toEqual(['help_protection']);
    expect(protection.recommendations).toEqual([]);
    expect(h.inspections.filter((e) => e.framework === 'SLAC').map((e) => e.label)).toEqual(['Oct 2010']);
  });

  it('Kent: the 2013 report alone still makes its own inspection (not a reported SLAC)', async () => {
    const h = buildInspectionHistory([await report('80476-kent_2013-08-23.pdf', 'Kent 2013')]);
    expect(h.inspections.map(summary)).toEqual([
      { label: 'Oct 2010', framework: 'SLAC', reported: true },
      { label: 'Jul 2013', framework: 'looked after children services 2012–13', reported: false },
    ]);
  });

  it('Calderdale: protection inspections quoted for 2012 and 2013 stay two inspections', async () => {
    const h = buildInspectionHistory([await report('80444-calderdale_2015-03-20.pdf', 'Calderdale SIF 2015')]);
    expect(h.inspections.filter((e) => e.reported).map(summary)).toEqual([
      { label: 'Feb 2010', framework: 'SLAC', reported: true },
      { label: '2012', framework: 'protection of children 2012–13', reported: true },
      { label: '2013', framework: 'protection of children 2012–13', reported: true },
    ]);
  });
});
