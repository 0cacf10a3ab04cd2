import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Invented news items: the last or previous inspection dated relative to the item's own time, its grade
// in a "when" clause next to it ("the previous inspection four years ago, when the service was rated as
// adequate"): the relative date is the grade's, as written (issue 10).
const NEWS =
  'Eastvale children’s services praised\n\nPublished: 12 March 2016\n\nAn inspection of Eastvale Council’s children’s services took place in January 2016.\n\n';
const grades = (body: string) => detectReport(NEWS + body).judgements.map((j) => `${j.grade}@${j.inspection ?? 'current'}`);

describe('a relative date of the last inspection, the grade in a "when" clause', () => {
  it.each([
    [
      'It is a big step forward from the previous inspection four years ago, when the service was rated as adequate.',
      'adequate',
      'four years ago',
    ],
    [
      'Things have moved on since the last inspection two years ago, when services were judged inadequate.',
      'inadequate',
      'two years ago',
    ],
    [
      'Much has improved for children in care since the last Ofsted inspection, when the service was found to be adequate, three years ago.',
      'adequate',
      'three years ago',
    ],
  ])('%s', (body, grade, date) => {
    expect(grades(body)).toContain(`${grade}@${date}`);
    expect(grades(body)).not.toContain(`${grade}@previous`);
  });

  it('keeps "previous" when the grade comes before "following the last inspection … ago"', () => {
    expect(
      grades('Ofsted judged the council as “requires improvement” following the last inspection four years ago.'),
    ).not.toContain('requires improvement@four years ago');
  });
});

describe('the grade of the last inspection as its adjective', () => {
  it.each([
    [
      'Children’s services in Eastvale have been rated “requires improvement” for the progress made since its last “inadequate” inspection.',
      'inadequate@previous',
    ],
    ['Services are better than at their last inadequate inspection in 2012.', 'inadequate@2012'],
  ])('%s', (body, expected) => {
    expect(grades(body)).toContain(expected);
  });

  it('is not the current grade', () => {
    expect(grades('Services have improved a great deal since its last “inadequate” inspection.')).not.toContain(
      'inadequate@current',
    );
  });
});

describe('"no longer" with a place name, no verb, or "any areas … rated"', () => {
  it.each([
    'The inspection found that Eastvale was no longer ‘Inadequate’, and the overall judgement was requires improvement.',
    'Eastvale’s children’s services no longer inadequate, says Ofsted\n\nThe council welcomed the news.',
    'There are no longer any individual areas of the service rated as inadequate.',
    'There are no longer any parts of the service rated as inadequate though most still require improvement.',
  ])('%s', (body) => {
    expect(grades(body)).toContain('inadequate@previous');
    expect(grades(body)).not.toContain('inadequate@current');
  });
});
