import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// "No longer inadequate": the grade left behind is the earlier inspection's. Invented wording, real
// shapes of council press releases (the headline on its own line) and scrutiny minutes.
const grades = (text: string) =>
  detectReport(text)
    .judgements.filter((j) => j.grade === 'inadequate')
    .map((j) => `${j.grade}@${j.inspection ?? 'current'}`);

describe('no longer inadequate', () => {
  it('a headline on its own line, no verb', () => {
    expect(
      grades(
        'Anyshire’s children’s services no longer inadequate\nANYSHIRE COUNCIL PRESS RELEASE\nThe council welcomed the report published today.\n',
      ),
    ).toEqual(['inadequate@previous']);
  });

  it('"no longer considered inadequate"', () => {
    expect(
      grades(
        'Anyshire Council\nScrutiny Committee minutes, 4 July 2017\n\nOfsted re-inspected Children’s Services in March 2017. Children’s Services were no longer considered inadequate.\n',
      ),
    ).toEqual(['inadequate@previous']);
  });

  it('not staff, nor a headline running on into a noun', () => {
    expect(grades('Anyshire Council news\n\nSocial workers no longer inadequate\nThe staff survey was published.\n')).toEqual([]);
    expect(grades('Anyshire Council news\n\nServices no longer inadequate value for money, says audit\n')).toEqual([]);
  });
});
