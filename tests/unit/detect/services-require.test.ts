import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// "The services 'Require Improvement to be Good'", "they continue to 'require improvement to be good'":
// the scale's own phrase, quoted or written out in full, after a pronoun or "the services". Invented
// wording, real shapes of council blogs and news items.
const NEWS =
  'Anyshire children’s services news\n\nPublished: 12 March 2024\n\nOfsted inspected Anyshire County Council’s children’s services in January 2024.\n\n';
const found = (body: string) => detectReport(NEWS + body).judgements.map((j) => `${j.grade}@${j.inspection ?? 'current'}`);

describe('the services or they "require improvement to be good"', () => {
  it.each([
    'Ofsted has today published its report and whilst the services ‘Require Improvement to be Good’ the inspectors praised leadership.\n',
    'Inspectors concluded that overall, they continue to ‘require improvement to be good’.\n',
    'Furthermore, the services ‘require improvement to be good’ around children who need help and protection.\n',
  ])('%s', (body) => {
    expect(found(body)).toContain('requires improvement@current');
  });

  it('not unquoted "require improvement" of anything, nor an aim', () => {
    expect(found('Staff said they require improvement in their case recording.\n')).toEqual([]);
    expect(found('The services require improvement in how they record visits.\n')).toEqual([]);
    expect(found('If they continue to ‘require improvement to be good’ the council will act.\n')).toEqual([]);
  });
});
