import { describe, expect, it } from 'vitest';
import { discussedInspection } from '../../../lib/detect/discussed-inspection';
import { detectReport } from '../../../lib/detect/detect-report';

// Invented news items: "an inspection in November 2010, when inspectors found … inadequate" recalls a
// history (the grade told in a "when" clause after the date), so that date is no discussed inspection's.
describe('a dated inspection whose "when" clause tells its grade is history', () => {
  it.each([
    'Eastvale was given a notice to improve after an inspection of its services in November 2010, when inspectors found safeguarding services were inadequate.\n\nThe Ofsted inspection in January found children were safe.',
    'The council has come a long way since the inspection in June 2012, when Ofsted judged its services inadequate.',
    'Fenbridge’s services were last looked at in an inspection in March 2014, when they were rated good.',
  ])('%s', (text) => {
    expect(discussedInspection(text)?.date ?? null).toBeNull();
  });

  it('so the grade keeps the date', () => {
    const text =
      'Eastvale adoption service praised\n\nInspectors have rated Eastvale Council’s adoption service as good. The department was given a notice to improve after an inspection of its services in November 2010, when inspectors found safeguarding services were inadequate.';
    const inadequate = detectReport(text).judgements.filter((j) => j.grade === 'inadequate');
    expect(inadequate.map((j) => j.inspection)).toEqual(['November 2010']);
  });

  it('keeps a dated inspection whose own sentence tells its grade without "when"', () => {
    expect(discussedInspection('An inspection of Eastvale’s children’s services in March 2024 found them good.')?.date).toBe(
      'March 2024',
    );
  });
});
