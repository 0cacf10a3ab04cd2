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
