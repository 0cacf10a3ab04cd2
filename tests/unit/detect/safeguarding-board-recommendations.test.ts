// SIF reports of 2015–17 end with the Local Safeguarding Children Board's review, which has its own
// "Executive summary" under the section heading and its own "Recommendations": those are the board's,
// not the local authority's (section 'lscb'). Invented wording, the layout of those reports.
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

const report = (boardPart: string) =>
  [
    'Anyshire County Council',
    'Inspection of services for children in need of help and protection, children looked after and care leavers',
    'And',
    'Review of the effectiveness of the Local Safeguarding Children Board',
    'Inspection date: 11 January 2016–4 February 2016',
    'Report published: 29 March 2016',
    '',
    "Children's services require improvement to be good",
    '1. Children who need help and protection\tRequires improvement',
    '3. Leadership, management and governance\tRequires improvement',
    '',
    'Executive summary',
    '',
    'Children in Anyshire receive services that require improvement.',
    '',
    'What does the local authority need to improve?',
    'Areas for improvement',
    '1. Ensure that every child in care has an up-to-date plan.',
    '2. Reduce the caseloads of social workers in the assessment team.',
    '',
    'Summary for children and young people',
    '',
    'Inspectors met many children.',
    '',
    boardPart,
  ].join('\n');

const boardWithOwnSummary = [
  'The Local Safeguarding Children Board (LSCB)',
  'The Local Safeguarding Children Board requires improvement',
  '',
  'Executive summary',
  '',
  'The LSCB has kept a clear focus on serious case reviews but has not audited early help.',
  '',
  'Recommendations',
  '',
  '1. Carry out a multi-agency audit of early help.',
  '2. Ensure that the board reviews the responses of partner agencies to children who go missing.',
  '',
].join('\n');

describe('recommendations of the safeguarding board in a SIF report', () => {
  it("marks the board's recommendations after its own executive summary, and only those", () => {
    const recs = detectReport(report(boardWithOwnSummary)).recommendations;
    expect(recs.map((r) => [r.quote.split(' ').slice(0, 3).join(' '), r.section])).toEqual([
      ['Ensure that every', null],
      ['Reduce the caseloads', null],
      ['Carry out a', 'lscb'],
      ['Ensure that the', 'lscb'],
    ]);
  });

  it("keeps a contents line naming the board from marking the authority's recommendations", () => {
    const contents = ['Contents', 'The Local Safeguarding Children Board (LSCB)', 'Information about this inspection', '', ''].join('\n');
    const recs = detectReport(contents + report('')).recommendations;
    expect(recs.map((r) => r.section)).toEqual([null, null]);
  });
});
