import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Invented news items: an earlier grade dated relative to the item's own time ("last year", "three
// years ago", "later that autumn"), written after the grade or around it (issue 10).
const NEWS =
  'Eastvale children’s services praised\n\nPublished: 12 March 2024\n\nAn inspection of Eastvale Council’s children’s services took place in January 2024.\n\n';
const grades = (body: string, head = NEWS) =>
  detectReport(head + body).judgements.map((j) => `${j.grade}@${j.inspection ?? 'current'}`);

describe('"last year" after a grade dates it as written', () => {
  it.each([
    ['Eastvale’s child protection services were rated inadequate last year after inspectors found failings.', 'inadequate'],
    ['A council whose children’s services were rated “inadequate” by Ofsted last year is making progress.', 'inadequate'],
    [
      'Services for children in Eastvale, judged to be requires improvement by inspectors last year, are now good.',
      'requires improvement',
    ],
    ['The council’s children’s services were graded ‘good’ by the watchdog last year.', 'good'],
  ])('%s', (body, grade) => {
    expect(grades(body)).toContain(`${grade}@last year`);
  });

  it('is the discussed inspection’s when the dateline’s year before is that inspection’s', () => {
    const head =
      'Eastvale children’s services praised\n\nPublished: 12 March 2025\n\nAn inspection of Eastvale Council’s children’s services took place in November 2024.\n\n';
    expect(grades('Children’s services in Eastvale were rated good by Ofsted last year.', head)).toEqual(['good@current']);
  });
});

describe('a rule that knows a grade is earlier takes the relative date after it', () => {
  it.each([
    'A change of leadership since it was rated as ‘requires improvement’ by Ofsted three years ago has made a difference.',
    'Much has changed since the service was judged requires improvement by inspectors three years ago.',
  ])('%s', (body) => {
    expect(grades(body)).toContain('requires improvement@three years ago');
  });
});

describe('"later that year" tells of a time before the item’s own', () => {
  it.each([
    'The damning report of the summer of 2019 found failures. A follow-up report later that autumn said things had improved, rating child safeguarding as adequate.',
  ])('%s', (body) => {
    expect(grades(body)).toContain('adequate@previous');
  });

  it('takes the year the sentence before gives to "that year"', () => {
    const body = 'Inspectors first visited in 2019. Later that year a second inspection rated child safeguarding as adequate.';
    expect(grades(body)).toEqual(['adequate@2019']);
  });
});

describe('"last year" in an item without a dateline', () => {
  it('is no date when the discussed inspection is dated: the item may be from the year after it', () => {
    const head = 'Eastvale update\n\nAn inspection of Eastvale Council’s children’s services took place in February 2023.\n\n';
    expect(grades('Progress continues after the council was rated “inadequate” last year.', head)).not.toContain(
      'inadequate@last year',
    );
  });
});

// A relative date leading the sentence, with or without a comma or a month: "Last year, Ofsted said …",
// "In June last year, inspectors judged …", "Two years ago the watchdog rated …" (news items, issue 10).
describe('a relative date leading the sentence dates its grades', () => {
  const UNDATED =
    'Eastvale services rated poorly\n\nEastvale’s children’s services are inadequate overall, according to Ofsted.\n\n';
  it.each([
    [
      'Last year, inspectors rated the council’s children’s services as “requires improvement”.',
      'requires improvement@Last year',
    ],
    ['In June last year, the watchdog judged services for children in care to be adequate.', 'adequate@June last year'],
    [
      'Two years ago, the regulator found that services for children in need of help and protection were inadequate.',
      'inadequate@Two years ago',
    ],
    ['Three years ago the inspectorate graded the department ‘Good’.', 'good@Three years ago'],
    ['In March last year Ofsted gave the authority a “good” rating.', 'good@March last year'],
    ['Last year the report described the impact of leaders as Outstanding.', 'outstanding@Last year'],
    ['Four years ago, the council’s children’s services were judged to be good by Ofsted.', 'good@Four years ago'],
  ])('%s', (body, expected) => {
    expect(grades(body, UNDATED)).toContain(expected);
    expect(grades(body)).toContain(expected);
  });

  it('leaves a grade after the relative clause is closed ("Last year, …; now …") to the item', () => {
    expect(grades('Last year, the council was inspected; the services are now rated good.', UNDATED)).toContain('good@current');
  });
});
