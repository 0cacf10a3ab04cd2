import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// News and committee wording that grades councils named after the grade, and other shapes of
// restated judgements in news items (invented wording, real shapes).
const pick = (text: string) => detectReport(text).judgements.map((j) => `${j.area} | ${j.grade} | ${j.inspection ?? 'current'}`);

describe('grades before the councils they belong to', () => {
  it('"good-rated Anyshire and Otherborough" and "‘inadequate’ Northshire, Southport and East Wold"', () => {
    const text =
      'Ofsted praises good-rated Anyshire and Otherborough and finds slow progress at ‘inadequate’ Northshire, Southport and East Wold.\n';
    expect(pick(text)).toEqual([
      'Anyshire and Otherborough | good | current',
      'Northshire, Southport and East Wold | inadequate | current',
    ]);
  });

  it('"‘good’ authorities Otherborough and Anyshire"', () => {
    expect(pick('Meanwhile, ‘good’ authorities Otherborough and Anyshire continued to impress.\n')).toEqual([
      'Otherborough and Anyshire | good | current',
    ]);
  });

  it('counts and generic plurals are no council: "two good-rated councils", "‘Inadequate’ councils make progress"', () => {
    expect(pick('‘Inadequate’ councils make progress\n\nOfsted praised two good-rated councils. Members noted it.\n')).toEqual(
      [],
    );
  });

  it('an appositive: "Northshire council, rated inadequate in 2018, …" is dated', () => {
    expect(pick('Ofsted commended Northshire council, rated inadequate in 2018, for its work.\n')).toEqual([
      'Northshire | inadequate | 2018',
    ]);
  });

  it('a dated list item: "Ofsted full inspection March 2022 – Anyshire found inadequate"', () => {
    expect(pick('- Ofsted full inspection March 2022 – Anyshire found inadequate\n')).toEqual([
      'overall | inadequate | March 2022',
    ]);
  });
});

describe('news about visits: the grades they mention are earlier ones', () => {
  it('a headline about Ofsted visits makes undated grades "previous"', () => {
    const text =
      '‘Inadequate’ councils make progress in latest Ofsted visits\n\nOfsted praises good-rated Anyshire after its visit.\n';
    expect(pick(text)).toEqual(['Anyshire | good | previous']);
  });
});

describe('news wording for one council', () => {
  it('"upgraded the authority to ’good’ from the assessment of ‘requires improvement’ it gave it in 2014"', () => {
    const text =
      'Ofsted inspected Anyshire in July and it has upgraded the authority to ’good’ from the assessment of ‘requires improvement’ it gave it in 2014.\n';
    expect(pick(text)).toEqual(['overall | good | current', 'overall | requires improvement | 2014']);
  });

  it('"Children’s services run by Anyshire Council are now officially good"', () => {
    expect(pick('Children’s services run by Anyshire Borough Council are now officially good.\n')).toHaveLength(1);
  });

  it('"The experience of children in care and care leavers still requires improvement"', () => {
    expect(
      pick('Anyshire Council news\n\nThe experience of children in care and care leavers still requires improvement.\n'),
    ).toEqual(['The experience of children in care and care leavers | requires improvement | current']);
  });

  it('"services for children have remained outstanding in their overall effectiveness"', () => {
    expect(
      pick(
        'Anyshire Council news\n\nSince the last inspection in 2018, services for children have remained outstanding in their overall effectiveness.\n',
      ),
      // The whole service is shown as "overall", not as a paper's wording of it.
    ).toEqual(['overall | outstanding | current']);
  });

  it('"three good assessments in four categories: A, B and C" is one mention', () => {
    const text =
      'Anyshire Council news\n\nThe report gives three good assessments in four categories: the impact of leaders on social work practice, the experiences and progress of children who need help and protection and overall effectiveness.\n';
    expect(pick(text)).toHaveLength(1);
    expect(pick(text)[0]).toMatch(/good \| current$/);
  });

  it('a grade that "came N years after" an earlier one does not take the earlier one’s year', () => {
    const text =
      'Anyshire Council news\n\nThe outstanding rating came just eight years after children’s services was judged "inadequate" for safeguarding in 2010.\n';
    const found = pick(text);
    expect(found[0]).toBe('overall | outstanding | current');
    expect(found.slice(1).every((f) => / \| inadequate \| 2010$/.test(f))).toBe(true);
  });
});

describe('known paper misses', () => {
  it('"the leadership of children’s services is good" grades leadership', () => {
    const found = detectReport(
      'Anyshire Council news\n\nThey noted that the leadership of children’s services is good and that staff are stable.\n',
    );
    expect(found.judgements.map((j) => `${j.areaKey} ${j.grade}`)).toEqual(['leaders good']);
  });

  it('a headline with the grade in capitals after the council: "Ofsted ratings: Anyshire Council POOR!"', () => {
    const found = detectReport('Ofsted publishes ratings: Anyshire Council POOR!\n\nThe ratings are out.\n');
    expect(found.judgements.map((j) => `${j.areaKey} ${j.grade}`)).toEqual(['overall performs poorly']);
  });

  it('a council name before a capitalised word that is no grade is left alone', () => {
    expect(detectReport('Anyshire Council GOOD NEWS FOR FAMILIES\n').judgements).toHaveLength(0);
    expect(detectReport('Anyshire Council AGENDA\n').judgements).toHaveLength(0);
  });
});

describe('a grade, then the councils that have it listed after "are:"', () => {
  it('"The seven judged “inadequate” in this latest report are: Anyshire; Otherborough and Northshire." is one mention', () => {
    const text =
      'Of the 43 inspections, 10 were judged good.\n\nThe three judged “inadequate” in this latest report are: Anyshire; Otherborough and Northshire.\n';
    expect(pick(text)).toEqual(['Anyshire; Otherborough and Northshire | inadequate | current']);
  });
});
