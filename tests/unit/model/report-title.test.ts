import { describe, expect, it } from 'vitest';
import { NO_PUBLICATION_DATE, reportTitle } from '../../../lib/model/report-title';

const doc = {
  authority: 'Dudley',
  authorityUrn: '80464',
  framework: 'ILACS',
  kind: "children's services inspection",
  inspectionDates: '28 November to 9 December 2022',
  publicationDate: '13 January 2023',
};

describe('a report’s title from its identity', () => {
  it('names the authority, the kind and the publication month', () => {
    expect(reportTitle(doc, 'file.pdf')).toBe("Dudley: children's services inspection, Jan 2023");
  });
  it('falls back to the inspection’s last month, then says the publication date is not stated', () => {
    expect(reportTitle({ ...doc, publicationDate: null }, 'x')).toBe("Dudley: children's services inspection, Dec 2022");
    expect(reportTitle({ ...doc, publicationDate: null, inspectionDates: null }, '')).toBe(
      `Dudley: children's services inspection, ${NO_PUBLICATION_DATE}`,
    );
  });
  it('tells undated documents apart by their own title (a page’s title, a file’s name), cut short', () => {
    const undated = { ...doc, kind: 'other', publicationDate: null, inspectionDates: null };
    const a = reportTitle(undated, 'Council branded inadequate by watchdog');
    const b = reportTitle({ ...undated, kind: 'council paper' }, 'Cabinet 12 March: Ofsted outcome');
    expect(a).toBe(`Dudley: report “Council branded inadequate by watchdog”, ${NO_PUBLICATION_DATE}`);
    expect(b).toBe(`Dudley: council paper “Cabinet 12 March: Ofsted outcome”, ${NO_PUBLICATION_DATE}`);
    const long = reportTitle(undated, 'A NEW report has branded Bexley Council’s children’s services "inadequate" in a number of key areas.');
    expect(long).toMatch(/^Dudley: report “A NEW report has branded Bexley Council’s children’s…”, /);
  });
  it('keeps the document’s own title when no authority is found, never adding the extension’s name', () => {
    expect(reportTitle({ ...doc, authority: null }, 'Agenda item 7')).toBe('Agenda item 7');
    expect(reportTitle(null, 'report.pdf')).toBe('report.pdf');
  });
});
