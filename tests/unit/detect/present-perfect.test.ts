import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Invented news items: a grade told in the present perfect ("have been rated ‘good’") is the item's own
// news, even when a later clause of its sentence looks back ("after previously …", "four years ago").
const inspectionsOf = (text: string, grade: string) =>
  detectReport(text)
    .judgements.filter((j) => j.grade.toLowerCase() === grade)
    .map((j) => j.inspection);

describe('a grade told in the present perfect is the item’s own', () => {
  it.each([
    'Fenbridge Borough Council’s children’s services have been rated ‘good’ by Ofsted, a big step up from its result five years ago.',
    'Children’s services in Eastvale have been judged to be good after the arrival of a new director in May 2019 brought changes.',
    'Westmoor children’s services have been rated as ‘Good’ in the most recent Ofsted inspection, putting them among the best.',
    'Northby Council has achieved a ‘good’ rating after previously being run by a commissioner.',
    'Eastvale’s services for children have been graded “good” by inspectors, while a neighbouring council was previously judged inadequate.',
  ])('%s', (text) => {
    expect(inspectionsOf(text, 'good')).toEqual([null]);
  });

  it.each([
    ['Services have been rated ‘inadequate’ twice, in 2013 and again in 2016.', 'inadequate'],
    ['Since the last inspection in 2018, when services had been rated ‘good’, much has changed.', 'good'],
    ['Eastvale’s children’s services have been rated ‘inadequate’ previously, but inspectors now find them good.', 'inadequate'],
    ['Children’s services in Fenbridge have been judged inadequate at their last two inspections.', 'inadequate'],
  ])('keeps an earlier grade told in the present perfect earlier: %s', (text, grade) => {
    expect(inspectionsOf(text, grade)).not.toContain(null);
  });
});

// The active present perfect ("Ofsted has rated …") in a clause of its own after a look back
// ("improving since the previous inspection as Ofsted has rated the authority good"): the news.
describe('an inspectorate’s present perfect in a new clause after a look back is the item’s own', () => {
  const NEWS = 'Eastvale news\n\nAn inspection of Eastvale Council’s children’s services took place in January 2024.\n\n';
  it.each([
    [
      'Eastvale’s children’s services have been praised for improving since the previous inspection as Ofsted has rated the authority good.',
      'good',
    ],
    [
      'Much has changed since the last inspection and inspectors have now judged the council’s services for children to be ‘Outstanding’.',
      'outstanding',
    ],
    ['The service was criticised at its last inspection, but the watchdog has graded help and protection as good.', 'good'],
    ['Since the last inspection, staff have worked hard, and Ofsted has found the department to be Good.', 'good'],
    [
      'Leaders have turned things round since the previous inspection as inspectors have given the council a ‘good’ rating.',
      'good',
    ],
    [
      'There has been progress since the previous inspection; the regulator has rated the council’s children’s services as “requires improvement”.',
      'requires improvement',
    ],
  ])('%s', (body, grade) => {
    expect(inspectionsOf(NEWS + body, grade)).toEqual([null]);
  });

  it('keeps a look back in the verb’s own clause', () => {
    expect(
      inspectionsOf(
        NEWS + 'At its last inspection in 2019 Ofsted has rated the council’s children’s services inadequate.',
        'inadequate',
      ),
    ).not.toContain(null);
  });
});
