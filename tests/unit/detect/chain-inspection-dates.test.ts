import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// The next grade of a dated history, dated by "a 2017 inspection" rather than "in 2017": "judged to be
// ‘inadequate’ during a full inspection in 2015, and as ‘requiring improvement’ in a 2017 inspection".
// Invented wording, the real shape of news items retelling an authority's history.
const NEWS =
  'Anyshire children’s services rated good\n\nPublished: 12 March 2024\n\nOfsted inspected Anyshire County Council’s children’s services in January 2024.\n\n';
const earlier = (body: string) =>
  detectReport(NEWS + body)
    .judgements.filter((j) => j.inspection !== null)
    .map((j) => `${j.grade}@${j.inspection}`);

describe('a chain’s next grade dated by its inspection’s year', () => {
  it('"in a 2017 inspection"', () => {
    expect(
      earlier(
        'The service was judged to be “inadequate” during a full inspection in 2015, and as “requiring improvement” in a 2017 inspection.\n',
      ),
    ).toEqual(['inadequate@2015', 'requires improvement@2017']);
  });
});
