import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// "The previous inspection in 2012 was ‘Adequate’": the earlier inspection named and dated as the
// subject, its grade after the copula. Invented wording, the real shape of council news pages.
const NEWS =
  'Anyshire children’s services rated good\n\nPublished: 12 March 2017\n\nOfsted inspected Anyshire County Council’s children’s services in January 2017.\n\n';
const earlier = (body: string) =>
  detectReport(NEWS + body)
    .judgements.filter((j) => j.inspection !== null)
    .map((j) => `${j.grade}@${j.inspection}`);

describe('an earlier inspection as the subject of its grade', () => {
  it('"The previous inspection in 2012 was ‘Adequate’"', () => {
    expect(earlier('The previous inspection in 2012 was ‘Adequate’ and the inspectors recognised the progress made.\n')).toEqual([
      'adequate@2012',
    ]);
    expect(earlier('The last inspection in March 2013 had been judged inadequate.\n')).toEqual(['inadequate@March 2013']);
  });

  it('not an inspection described', () => {
    expect(earlier('The previous inspection in 2012 was thorough and good practice was found.\n')).toEqual([]);
  });
});
