import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Grade wordings of papers and news (invented wording, real shapes), each shape with six or more
// variants that vary the verb, the subject, the area wording, the grade's form and the word order,
// and its nearest false friends. Read through the whole detector.
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const found = (body: string) => detectReport(PAPER + body).judgements;
const grades = (body: string) => found(body).map((j) => `${j.areaKey}|${j.grade}`);

describe('a quoted grade whose closing quote follows the stop or comma', () => {
  it.each([
    ['In the care leavers category, the service was said to “require improvement.”\n', 'requires improvement'],
    ['All four areas were judged to be "good."\n', 'good'],
    ['Inspectors rated help and protection "inadequate," the report says.\n', 'inadequate'],
    ['The watchdog has now graded the adoption service ‘outstanding.’\n', 'outstanding'],
    ['Overall, the service was deemed to "require improvement."\n', 'requires improvement'],
    ['Ofsted’s verdict: children’s services in Anyshire are “good.”\n', 'good'],
  ])('%s', (body, grade) => {
    expect(found(body).map((j) => j.grade)).toContain(grade);
  });

  it('no grade where nobody judges, or where the grade is an aim', () => {
    expect(grades('Parents told us the new café is "good."\n')).toEqual([]);
    expect(grades('The council hopes to be rated "good."\n')).toEqual([]);
  });
});

describe('"requires improvement" in other words', () => {
  it.each([
    ['The experiences and progress of care leavers is in need of improvement.\n', 'care_leavers'],
    ['Ofsted found that help and protection is in need of improvement.\n', 'help_protection'],
    ['Inspectors judged services for care leavers to be in need of improvement.\n', 'care_leavers'],
    ['Children in care were found to be in need of improvement by the regulator.\n', 'in_care'],
    ['The inspectorate has graded the council’s leadership as "in need of improvement".\n', 'leaders'],
    // a reporter's slip a reader still reads as the grade
    ['The watchdog rated Anyshire’s children’s services as ‘requirements improvement’ in 2023.\n', 'overall'],
  ])('%s', (body, key) => {
    expect(grades(body)).toContain(`${key}|requires improvement`);
  });

  it('a building, a count of records or a part of practice in need of improvement is no grade', () => {
    expect(grades('The library building is in need of improvement.\n')).toEqual([]);
    expect(grades('Some case records are in need of improvement, inspectors said.\n')).toEqual([]);
    expect(grades('Inspectors said practice in the front door team was in need of improvement.\n')).toEqual([]);
  });
});

describe('the capacity judgement (2009–12) is its own area, whatever it improves', () => {
  it.each([
    'The capacity for improvement of safeguarding services was judged adequate.\n',
    'Capacity for improvement in safeguarding services is adequate.\n',
    "Ofsted rated the council's capacity to improve its services for looked after children as adequate.\n",
    'The annual assessment graded capacity to improve as "adequate".\n',
    'Inspectors judged the capacity for improvement of services for children in need of help and protection to be adequate.\n',
    'The council’s capacity for improvement in keeping children safe is adequate, inspectors said.\n',
  ])('%s', (body) => {
    const capacity = found(body).filter((j) => j.grade === 'adequate');
    expect(capacity.map((j) => j.areaKey)).toEqual(['other']);
    expect(capacity[0]!.area).toMatch(/capacity/i);
  });

  it.each([
    ['Overall effectiveness was judged good, with outstanding capacity to improve.\n', 'outstanding'],
    ['Ofsted said the council has good capacity to improve.\n', 'good'],
    ['The safeguarding service was judged adequate with adequate capacity for improvement.\n', 'adequate'],
    ['Inspectors found the service showed ‘good’ capacity to improve.\n', 'good'],
    [
      'The watchdog rated services for looked after children good, with their outstanding capacity to improve noted.\n',
      'outstanding',
    ],
    ['Inspectors said the authority demonstrates adequate capacity for improvement.\n', 'adequate'],
  ])('grade first: %s', (body, grade) => {
    expect(
      found(body)
        .filter((j) => /capacity/i.test(j.area))
        .map((j) => `${j.areaKey}|${j.grade}`),
    ).toEqual([`other|${grade}`]);
  });

  it('a plan or an aim to improve is no capacity grade', () => {
    expect(grades('The council has good plans to improve.\n')).toEqual([]);
    expect(found('Leaders want to have good capacity to improve next year.\n').filter((j) => /capacity/i.test(j.area))).toEqual(
      [],
    );
  });
});
