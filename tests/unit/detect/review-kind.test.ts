import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { reportTitle } from '../../../lib/model/report-title';

// A commissioner's report to the Secretary of State is a review: its own date is the month on its
// cover, the inspection it describes is what it discusses, and grades of the inspections it
// recounts are earlier or discussed grades, never its own. Invented wording, real cover shape.
const COVER =
  "Report into Children's Services in Torbay following inspection\n\n**Report for the Secretary of State for\nEducation by the Commissioner for Children's Services\nin Torbay**\n\nMarch 2019\n\n";
const BODY =
  'Introduction\n\nThe Ofsted inspection took place between 4 and 26 September 2018 and found services inadequate.\n\n' +
  'Outcome of Ofsted 2013 and recommendations\n\nThe Ofsted inspection of safeguarding took place in May 2013. The effectiveness of safeguarding services was judged to be adequate overall.\n\n' +
  'Capacity for improvement was also considered to be good.\n\n' +
  'Ofsted inspection September 2018\n\nThe inspection report found that children’s services are inadequate.\n';

describe('a commissioner’s report is a review', () => {
  it('is kind review, dated by its cover, discussing the inspection it describes', () => {
    const { document } = detectReport(COVER + BODY);
    expect(document.kind).toBe('review');
    expect(document.framework).toBeNull();
    expect(document.inspectionDates).toBeNull();
    expect(document.publicationDate).toBe('March 2019');
    expect(document.discusses?.date).toBe('4 and 26 September 2018');
    expect(reportTitle(document, 'x')).toBe('Torbay: review, Mar 2019');
  });

  it('grades under a dated section heading belong to that year’s inspection', () => {
    const found = detectReport(COVER + BODY).judgements.map((j) => [j.grade, j.inspection]);
    expect(found).toContainEqual(['adequate', '2013']);
    expect(found).toContainEqual(['good', '2013']);
    expect(found).toContainEqual(['inadequate', null]);
    expect(found.filter(([, when]) => when === null).every(([grade]) => grade === 'inadequate')).toBe(true);
  });

  it('the Dudley 2016 commissioner’s report: a review of July 2016, its 2012 grades earlier', () => {
    const text = fs.readFileSync('../shared/eval/seeds/dudley-2016-commissioner-report.txt', 'utf8');
    const { document, judgements } = detectReport(text);
    expect(document.kind).toBe('review');
    expect(document.publicationDate).toBe('July 2016');
    expect(reportTitle(document, 'x')).toBe('Dudley: review, Jul 2016');
    const current = judgements.filter((j) => j.inspection === null).map((j) => j.grade);
    expect(current.length).toBeGreaterThan(3);
    expect(current.every((g) => g === 'inadequate' || g === 'requires improvement')).toBe(true);
  });
});
