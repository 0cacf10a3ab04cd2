import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { discussesVisit, fullInspectionDates } from '../../../lib/detect/visit-news';

// Invented news items and papers: a visit gives no grade, so the grades they restate are earlier ones.
const gradesOf = (text: string) => detectReport(text).judgements.map((j) => [j.grade.toLowerCase(), j.inspection]);

describe('papers and news items about a monitoring or focused visit', () => {
  it('dates a restated grade by the last full inspection the item names before it, across paragraphs', () => {
    const text =
      'A recent Ofsted focused visit praised social workers in Lowmoor.\n\n' +
      'Lowmoor Council had its last full inspection between March 3 and 14, 2022, with the report published in May.\n\n' +
      'The overall judgement was ‘good’.\n\nInspectors returned on June 5 and 6 this year to look at children in need.\n';
    expect(gradesOf(text)).toContainEqual(['good', 'March 3 and 14, 2022']);
    expect(gradesOf(text).some(([, i]) => i === null)).toBe(false);
  });

  it('gives "previous" to a grade no full inspection dates', () => {
    const text =
      'Inspectors made a monitoring visit to Fenbridge children’s services in the spring.\n\nFenbridge’s children’s services were rated inadequate by Ofsted.\n';
    expect(gradesOf(text)).toContainEqual(['inadequate', 'previous']);
  });

  it('takes a visit dated after an opening history as the item’s own', () => {
    const text =
      'Council services turn a corner\nIn an Ofsted inspection in June 2021, inspectors found serious weaknesses.\n' +
      'Three of the four areas were rated ‘inadequate’.\nA monitoring inspection took place in May 2023, and children are safer now.\n';
    expect(detectReport(text).document.discusses?.framework).toBe('ILACS monitoring visit');
    expect(gradesOf(text)).toContainEqual(['inadequate', 'June 2021']);
  });

  it('reads the opening’s first event: a visit, a month’s visit, a latest visit after "following"', () => {
    expect(discussesVisit('Ofsted’s monitoring visit to Eastvale found progress.', null)).toBe(true);
    expect(discussesVisit('Good news for Eastvale. Inspectors made a “focused” visit last month.', null)).toBe(true);
    expect(discussesVisit('Following its latest monitoring visit, Ofsted has praised Eastvale.', null)).toBe(true);
    expect(discussesVisit('Eastvale has had its third quarterly visit from Ofsted.', null)).toBe(true);
  });

  it('does not take an item about a new inspection for one about a visit', () => {
    expect(
      discussesVisit(
        'Ofsted inspectors who visited Eastvale School have rated it good. During their visit they met pupils.',
        null,
      ),
    ).toBe(false);
    expect(
      discussesVisit('Eastvale was rated good following an inspection by Ofsted. During the visit inspectors met staff.', null),
    ).toBe(false);
    expect(discussesVisit('The new Ofsted report comes after a number of monitoring visits to Eastvale.', null)).toBe(false);
    expect(discussesVisit('The report follows a “focused visit” in May which found delays.', null)).toBe(false);
    expect(discussesVisit('Eastvale is rated good. Since the last visit in 2019 much has changed.', null)).toBe(false);
    expect(
      discussesVisit('Ofsted publish inspection findings. Concerns had been raised in a focused visit last year.', null),
    ).toBe(false);
  });

  it('keeps the current grade of an item about a full inspection', () => {
    const text =
      'Ofsted rates Eastvale children’s services good\n\nEastvale was rated good following an inspection by Ofsted in March 2024.\n';
    expect(gradesOf(text).every(([, i]) => i === null)).toBe(true);
  });

  it('lists only dates whose sentence names an inspection and no visit', () => {
    const text = 'The last inspection was in July 2019. A focused visit took place in May 2021. Budgets rose in 2020.';
    expect(fullInspectionDates(text).map((d) => d.date)).toEqual(['July 2019']);
  });
});

// An opening whose news is a grade in the present perfect, naming no event: the item is about a graded
// inspection, whatever visit it dates further on (issue 10).
describe('an opening that tells a grade as news is no visit’s', () => {
  const VISIT = { framework: 'ILACS monitoring visit', date: 'January 2020' };
  it.each([
    'Children’s services in part of Anyshire have been transformed and have been rated as good by the regulator.',
    'Eastvale’s services for children have now been judged to be ‘outstanding’, Ofsted said.',
    'The council’s children’s department has been graded “requires improvement” by the watchdog.',
    'Westmoor has just been rated inadequate for its help and protection of children.',
    'Services for care leavers in Northby have been found to be Good.',
    'Fenbridge’s children’s services have been assessed as requires improvement to be good.',
  ])('%s', (opening) => {
    expect(discussesVisit(opening + '\n\nA monitoring visit in January 2020 found improvements.', VISIT)).toBe(false);
  });

  it('still a visit when the grade is a relative clause’s standing grade', () => {
    expect(discussesVisit('Eastvale, which has been rated good since 2019, was told to act faster.', VISIT)).toBe(true);
  });
});
