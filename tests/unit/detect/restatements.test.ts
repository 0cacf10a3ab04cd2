import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Issue 10, item 4: every restatement of a judgement in an Ofsted report is a mention. Invented
// wording in the shapes of SIF 2014–17 reports (section headings, graded-judgement sentences,
// summary table rows whose label wraps around the grade cell).
const HEAD = 'Anyshire\nInspection of services for children in need of help and protection\nInspection date: 1 May 2016\n\n';
const own = (body: string) =>
  detectReport(HEAD + body)
    .judgements.filter((j) => j.inspection === null)
    .map((j) => [j.areaKey, j.grade, j.quote.replace(/\s+/g, ' ')]);

describe('restatements: graded-judgement sentences', () => {
  it('"The graded judgement about the experience and progress of care leavers / is that it requires improvement"', () => {
    const found = own(
      'The graded judgement about the experience and progress of care leavers\nis that it requires improvement to be good.\n',
    );
    expect(found.map(([a, g]) => [a, g])).toEqual([['care_leavers', 'requires improvement']]);
    expect(found[0]![2]).toContain('is that it requires improvement');
  });

  it('"The graded judgment for adoption performance is that it is inadequate" (judgment spelt without e)', () => {
    expect(own('The graded judgment for adoption performance is that it is inadequate\n\n')).toEqual([
      ['adoption', 'inadequate', 'The graded judgment for adoption performance is that it is inadequate'],
    ]);
  });
});

describe('restatements: a framework area and its grade in a heading or sentence', () => {
  it.each([
    ['Leadership, management and governance requires improvement\n\n', 'leaders', 'requires improvement'],
    [
      'Leadership, management and governance require improvement to be good. Progress has been slow.\n',
      'leaders',
      'requires improvement',
    ],
    ['The effectiveness of the LSCB requires improvement\n\n', 'lscb', 'requires improvement'],
    ['The experiences and progress of children looked after and achieving\npermanence are good\n\n', 'in_care', 'good'],
    ['79. Adoption performance and support is good overall, including timeliness.\n', 'adoption', 'good'],
    ['Processes are reviewed. Services for\nchildren looked after remain good and have improved.\n', 'in_care', 'good'],
    [
      'the right support when they first need it. Services to\nchildren in need of help and protection are good. Inspectors found\n',
      'help_protection',
      'good',
    ],
  ])('%j', (body, area, grade) => {
    expect(own(body).map(([a, g]) => [a, g])).toEqual([[area, grade]]);
  });

  it('a sub-topic, a hope or a denial is not an area judgement', () => {
    expect(own('Health information for care leavers is good.\n')).toEqual([]);
    expect(own('Services to children in need of help and protection are not yet good.\n')).toEqual([]);
    expect(own('Leaders aim to ensure that services for children looked after become good.\n')).toEqual([]);
  });
});

describe('restatements: a summary table row whose label wraps around the grade cell', () => {
  it('"Children looked after and achieving<TAB>Requires / permanence<TAB>Improvement"', () => {
    const found = own('2. Children looked after and achieving\tRequires\npermanence\tImprovement\n\n');
    expect(found.map(([a, g]) => [a, g])).toEqual([['in_care', 'requires improvement']]);
    expect(found[0]![2]).toContain('permanence');
  });

  it('"… achieving<TAB>Requires improvement to / permanence<TAB>be good"', () => {
    expect(
      own('2. Children looked after and achieving\tRequires improvement to\npermanence\tbe good\n\n').map(([a, g]) => [a, g]),
    ).toEqual([['in_care', 'requires improvement']]);
  });
});

describe('restatements: a phrase never runs into the next line’s heading', () => {
  it('"The experiences and progress of children in care: good" then other rows give one in-care mention', () => {
    const body =
      'The experiences and progress of children in care: good\nCapacity for improvement – Grade 2 (Good)\nThe overall effectiveness of services is good.\n';
    expect(detectReport(HEAD + body).judgements.filter((j) => j.ruleId === 'area-statement')).toEqual([]);
  });
});
