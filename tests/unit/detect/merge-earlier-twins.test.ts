import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// One grade word read by two rules (a subject-and-verb rule over the whole sentence, a "since …, when"
// rule over its last clause) must get one time reading: the earlier one (invented wording, real shapes).
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const judgements = (body: string) =>
  detectReport(PAPER + body).judgements.map((j) => ({ areaKey: j.areaKey, grade: j.grade, inspection: j.inspection }));

describe('an earlier grade is not also shown as current', () => {
  it.each([
    'The inspectors said services for vulnerable children and families in the town have ‘come a long way since the last inspection in March 2018’, when services were judged to be inadequate.\n',
    'The Ofsted visit to Anyshire Council has found services for children in the county have ‘moved forward strongly since the last inspection in June 2017’, when services were found to be inadequate.\n',
    'Inspectors concluded that services for families in the borough had ‘changed greatly since the previous inspection in October 2016’, when services were rated inadequate.\n',
    'Ofsted’s report said children’s services in Anytown have improved since the last inspection in May 2019, when services were found to be inadequate.\n',
  ])('%s', (body) => {
    const found = judgements(body);
    expect(found.filter((j) => j.inspection === null)).toEqual([]);
    expect(found.filter((j) => j.grade === 'inadequate' && j.inspection !== null)).toHaveLength(1);
  });

  it('a current grade of the same words in another clause stays', () => {
    const found = judgements(
      'Services for children in Anytown were judged inadequate in 2019. Services for children in Anytown are now inadequate again.\n',
    );
    expect(found).toContainEqual({ areaKey: 'overall', grade: 'inadequate', inspection: null });
  });
});
