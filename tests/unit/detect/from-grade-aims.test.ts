import { describe, expect, it } from 'vitest';
import { leftBehind } from '../../../lib/detect/clause-time';
import { detectReport } from '../../../lib/detect/detect-report';

// Invented sentences: "from X to Y" as an aim ("recommendations to move services from ‘requires
// improvement’ to good") names the grade the services have now, not one left behind (issue 10).
const leftAt = (text: string, grade: string) => {
  const start = text.indexOf(grade);
  return leftBehind(text, start, start + grade.length);
};

describe('"from X to Y" as an aim keeps X the current grade', () => {
  it.each([
    ['Inspectors have made recommendations to move services from Requires Improvement to Good.', 'Requires Improvement'],
    ['The plan sets out how the council will take its services from ‘requires improvement’ to ‘good’.', 'requires improvement'],
    ['Leaders need to lift the service from adequate to good within two years.', 'adequate'],
    ['The improvement board’s aim is to help move Eastvale from inadequate to good.', 'inadequate'],
  ])('%s', (text, grade) => {
    expect(leftAt(text, grade)).toBe(false);
  });

  it.each([
    ['Staff worked hard to move the service from inadequate to good.', 'inadequate'],
    ['The council has moved from ‘inadequate’ to ‘requires improvement’.', 'inadequate'],
    ['Eastvale improved from requires improvement to good.', 'requires improvement'],
    ['It is a rare achievement to move from a judgement of inadequate to good.', 'inadequate'],
  ])('a movement made leaves X behind: %s', (text, grade) => {
    expect(leftAt(text, grade)).toBe(true);
  });
});

describe('the "from" grade of an aim in a news item', () => {
  it('is the item’s own inspection’s', () => {
    const text =
      'Eastvale children’s services require improvement\n\nPublished: 3 May 2024\n\nOfsted rated Eastvale’s children’s services as requires improvement after an inspection in March 2024. Inspectors have made a series of recommendations to move services from Requires Improvement to Good.';
    const inspections = detectReport(text)
      .judgements.filter((j) => j.grade === 'requires improvement')
      .map((j) => j.inspection);
    expect(inspections).not.toContain('previous');
  });
});
