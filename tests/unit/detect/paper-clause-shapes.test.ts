import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Shapes of papers and news that state a grade in a clause of their own (invented wording, real
// shapes): earlier grades left behind or dated inside a clause, several dated grades in one
// sentence, one grade for the areas listed, unusual verbs and nouns, headlines that end on a
// lower-case grade, and areas for improvement listed inside one sentence. Each has a negative.
const NEWS = 'Anyshire Council news\n\n';
const grades = (body: string) =>
  detectReport(NEWS + body).judgements.map((j) => `${j.areaKey}|${j.grade}|${j.inspection ?? 'this'}`);
const recs = (body: string) => detectReport(NEWS + body).recommendations.map((r) => `${r.source}|${r.quote}`);

describe('earlier grades in a clause of their own', () => {
  it('"no longer (rated) inadequate" is the grade left behind', () => {
    expect(grades('Services are no longer inadequate, inspectors said.\n')).toContain('overall|inadequate|previous');
    expect(grades('The council is no longer rated ‘inadequate’ by Ofsted.\n')).toContain('overall|inadequate|previous');
    expect(grades('Children’s services are no longer judged to be inadequate.\n')).toContain('overall|inadequate|previous');
    expect(grades('The buses are no longer inadequate.\n')).toEqual([]);
  });

  it('"since being rated X in <year>", "first judged X in <year>", "N years after it was found to be X"', () => {
    expect(grades('The service has improved since being rated inadequate in 2019.\n')).toContain('overall|inadequate|2019');
    expect(grades('Progress has been slow since services were first judged inadequate in 2014.\n')).toContain(
      'overall|inadequate|2014',
    );
    expect(grades('Three years after it was found to be inadequate the council has been rated good.\n')).toContain(
      'overall|inadequate|previous',
    );
    expect(grades('The service has grown since being told to improve in 2019.\n')).toEqual([]);
  });

  it('"the last full inspection in <year> where it was rated X" takes that year, not this inspection', () => {
    expect(grades('Inspectors noted progress since the last full inspection in 2017 where it was rated inadequate.\n')).toContain(
      'overall|inadequate|2017',
    );
    expect(grades('It is better than at the previous inspection in March 2016, when the council was judged good.\n')).toContain(
      'overall|good|March 2016',
    );
    expect(grades('The last inspection in 2017 where staff were told to improve was thorough.\n')).toEqual([]);
  });
});

describe('several dated grades in one sentence', () => {
  it('each year of "rated X in <year> and <year>" and "‘Y’ in <year>" is its own earlier grade', () => {
    expect(grades('The service was rated inadequate in 2012 and 2016.\n')).toEqual([
      'overall|inadequate|2012',
      'overall|inadequate|2016',
    ]);
    expect(grades("It was judged 'good' in 2010 and 'requires improvement' in 2014.\n")).toEqual([
      'overall|good|2010',
      'overall|requires improvement|2014',
    ]);
    expect(
      grades('only ever previously achieving grades of “inadequate” in 2018, 2012 and “requires improvement” in 2015\n'),
    ).toEqual(['overall|inadequate|2018', 'overall|inadequate|2012', 'overall|requires improvement|2015']);
  });
});

describe('a new grade set against the old one, and unusual verbs and nouns', () => {
  it('"spun its ‘Inadequate’ rating to ‘Good’": the old grade earlier, the new one this inspection’s', () => {
    expect(
      grades('Anyshire County Council’s children’s services turned its ‘Inadequate’ Ofsted rating to ‘Good’ on 3 May.\n'),
    ).toEqual(['overall|inadequate|previous', 'overall|good|this']);
    expect(grades('Ofsted updated the rating of its children’s services to ‘Outstanding’.\n')).toContain(
      'overall|outstanding|this',
    );
    expect(grades('The council wanted its rating to be good.\n')).toEqual([]);
  });

  it('"ranked Good in three of the four areas", "an overall effectiveness score of ‘Good’", "an overall inadequate judgement"', () => {
    expect(grades('The council’s Children’s Services was ranked Good in three of the four service areas inspected.\n')).toContain(
      'overall|good|this',
    );
    expect(
      grades('The service has gone from the worst rating to achieving an overall effectiveness score of ‘Good’.\n'),
    ).toContain('overall|good|this');
    expect(grades('The judgement in this area has led to an overall inadequate judgement.\n')).toContain(
      'overall|inadequate|this',
    );
    expect(grades('Inspectors want more before they can give the council an overall ‘good’ rating.\n')).toEqual([]);
  });

  it('one grade for the areas listed: "these 4 areas were all rated inadequate:"', () => {
    expect(grades('They found that these 4 areas were all rated inadequate:\n\n  • Overall effectiveness\n')).toContain(
      'overall|inadequate|this',
    );
    expect(grades('Each of these focus areas were also judged to be ‘good’.\n')).toContain('overall|good|this');
    expect(grades('Twelve areas were rated inadequate this year.\n')).toEqual([]);
  });
});

describe('headlines ending on a lower-case grade', () => {
  it('"X Children’s services rated inadequate again" is a verdict; "rated good value for money" is not', () => {
    expect(grades("Anytown Children's services rated inadequate again\n\nThe report is out.\n")).toContain(
      'overall|inadequate|this',
    );
    expect(grades('Anyshire Council’s children’s service rated ‘good’ by Ofsted\n')).toContain('overall|good|this');
    expect(grades('Anytown children’s services rated good value for money by residents\n')).toEqual([]);
  });
});

describe('aims and national counts are not judgements', () => {
  it('"to attain the rating of good" and "rate no councils as ‘outstanding’" across a line break', () => {
    expect(grades('The service still has work to do to attain the rating of “good”.\n')).toEqual([]);
    expect(grades("Their inspections rate NO councils in England as\n'outstanding' for children's services.\n")).toEqual([]);
  });
});

describe('areas for improvement listed inside one sentence', () => {
  it('"N areas for improvement, including a, b, and c" and "These include improving a, b, and c": one each', () => {
    expect(
      recs('The report lists 9 areas for improvement, including staff supervision, the quality of plans, and timely reviews.\n'),
    ).toEqual(['inspection|staff supervision', 'inspection|the quality of plans', 'inspection|timely reviews']);
    expect(
      recs(
        'Inspectors said there were four areas which needed improvement, including help for care leavers, and the stability of staff.\n',
      ),
    ).toEqual(['inspection|help for care leavers', 'inspection|the stability of staff']);
    expect(
      recs(
        'The letter also noted areas for improvement. These include improving the quality of assessment and planning, and the timeliness of reviews.\n',
      ),
    ).toEqual(['inspection|improving the quality of assessment and planning', 'inspection|the timeliness of reviews']);
    expect(recs('Ofsted said more progress needs to be made, rating the service as "requires improvement" overall.\n')).toEqual(
      [],
    );
  });
});
