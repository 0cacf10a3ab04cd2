import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// More shapes of council papers, minutes and news items (invented wording, real shapes), found on
// papers of authorities the rules had not seen.
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const judgements = (body: string) =>
  detectReport(PAPER + body).judgements.map((j) => ({ areaKey: j.areaKey, grade: j.grade, inspection: j.inspection }));
const recommendations = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);

describe('headline and committee wording', () => {
  it('a headline: children’s services with a quoted grade, verb or adjective', () => {
    expect(judgements('Children’s services ‘require improvement’ - Ofsted\n')).toEqual([
      { areaKey: 'overall', grade: 'requires improvement', inspection: null },
    ]);
    expect(judgements('Anytown’s Children’s Services are "Outstanding" (C1234)\n')).toEqual([
      { areaKey: 'overall', grade: 'outstanding', inspection: null },
    ]);
    expect(judgements('Children’s services are good at listening to families.\n')).toEqual([]);
  });

  it('a second quoted grade in a list of domains keeps its own area', () => {
    const found = judgements(
      'The Council was judged to be ‘Good’ in the domain of the experiences and progress of care leavers and ‘Inadequate’ in the domain of experiences and progress of children who need help and protection.\n',
    );
    expect(found).toContainEqual({ areaKey: 'help_protection', grade: 'inadequate', inspection: null });
  });

  it('"the outcome of the inspection judgement as ‘G’" and "its rating as ‘G’"', () => {
    expect(judgements('While the outcome of the inspection judgement as ‘Inadequate’ is disappointing, work goes on.\n')).toEqual(
      [{ areaKey: 'overall', grade: 'inadequate', inspection: null }],
    );
    expect(judgements('Its rating as ‘outstanding’ in all areas puts the council in the top ten.\n')).toContainEqual({
      areaKey: 'overall',
      grade: 'outstanding',
      inspection: null,
    });
  });

  it('"the successful ‘Good’ Ofsted grading" is the grade; an aim stays none', () => {
    expect(judgements('The report sets out how to build on the successful ‘Good’ Ofsted grading.\n')).toEqual([
      { areaKey: 'overall', grade: 'good', inspection: null },
    ]);
    expect(judgements('The service plans to achieve a ‘good’ Ofsted grading by 2027.\n')).toEqual([]);
  });

  it('progress "to achieve a ‘good’ judgement in the inspection undertaken in …" is achieved, not an aim', () => {
    expect(
      judgements('Notes the progress made since 2019 to achieve a ‘good’ judgement in the inspection undertaken in June 2024.\n'),
    ).toContainEqual({ areaKey: 'overall', grade: 'good', inspection: null });
  });

  it('what Ofsted "can give" once improved is an aim', () => {
    expect(judgements('Inspectors want more progress before they can give the council an overall ‘good’ rating.\n')).toEqual([]);
  });
});

describe('earlier grades in papers, dated', () => {
  it('"since <year> when services were found to require improvement" is that year’s grade', () => {
    expect(judgements('It was the first full inspection since 2017 when services were found to Require Improvement.\n')).toEqual([
      { areaKey: 'overall', grade: 'requires improvement', inspection: '2017' },
    ]);
  });

  it('"At the time, …" takes the date of the sentence before', () => {
    expect(
      judgements(
        'Inspectors found little progress since its last inspection in May 2019.\nAt the time, Ofsted gave the authority its second lowest rating, judging its children’s services as “requires improvement to be good”.\n',
      ),
    ).toEqual([{ areaKey: 'overall', grade: 'requires improvement', inspection: 'May 2019' }]);
  });

  it('"rated as inadequate in the report Ofsted published in March" is dated by the report', () => {
    expect(
      judgements('Anyshire Council’s children’s services was rated as inadequate in the report Ofsted published in March.\n'),
    ).toEqual([{ areaKey: 'overall', grade: 'inadequate', inspection: 'March' }]);
  });

  it('the work since the last inspection "to achieve the Good rating" achieved this one', () => {
    expect(
      judgements('Members acknowledged the hard work since the last inspection to achieve the Good rating overall.\n'),
    ).toEqual([{ areaKey: 'overall', grade: 'good', inspection: null }]);
  });
});

describe('recommendations after committee and news lead-ins', () => {
  it('"Areas that still need to improve include:" then dashed items, source inspection', () => {
    expect(
      recommendations(
        'Ofsted rated the council ‘good’.\n\nAreas that still need to improve include:\n\n- The timeliness of health assessments\n\n- Ensuring every child has a plan\n',
      ),
    ).toEqual([
      ['The timeliness of health assessments', 'inspection'],
      ['Ensuring every child has a plan', 'inspection'],
    ]);
  });

  it('“That the Council:” then numbered items are the committee’s own', () => {
    expect(
      recommendations(
        'Ofsted’s inspection report was published in July.\n\n“That the Council:\n\n1.    Notes the progress made by the service since its inspection.\n\n2.    Endorses the action plan in response to the recommendations.”\n',
      ),
    ).toEqual([
      ['Notes the progress made by the service since its inspection.', 'committee'],
      ['Endorses the action plan in response to the recommendations.', 'committee'],
    ]);
  });
});

describe('more shapes from a second batch of fresh papers', () => {
  it('quoted "sub judgements for" several areas, and "sub judgement for X has improved to Good"', () => {
    const found = judgements(
      'We have received ‘Good’ sub judgements for our work with children in care; care leavers. Our sub judgement for children in need of help and protection has improved to Outstanding.\n',
    );
    expect(found).toContainEqual({ areaKey: 'in_care', grade: 'good', inspection: null });
    expect(found).toContainEqual({ areaKey: 'help_protection', grade: 'outstanding', inspection: null });
  });

  it('"the rating it received then of ‘G’" takes the sentence’s earlier date', () => {
    expect(
      judgements(
        'The report showed Anytown had made progress since it was last inspected in May 2015, but not enough to lift the rating it received then of "inadequate".\n',
      ),
    ).toEqual([{ areaKey: 'overall', grade: 'inadequate', inspection: 'May 2015' }]);
  });

  it('"rated ‘G’ for the past decade" is an earlier, undated grade', () => {
    expect(
      judgements(
        'The children’s services department had been rated "inadequate" for the past decade, leading to a trust being set up in 2016.\n',
      ),
    ).toEqual([{ areaKey: 'overall', grade: 'inadequate', inspection: 'previous' }]);
  });

  it('"the latest report, published on <date>" gives the current grade', () => {
    expect(
      judgements('The latest report, published on 3 March 2021, showed the changes had helped achieve a "good" rating.\n'),
    ).toEqual([{ areaKey: 'overall', grade: 'good', inspection: null }]);
  });

  it('"their Ofsted grading of ‘inadequate’ issued in May 2015" is the grade of the inspection reviewed', () => {
    expect(
      judgements(
        'Review of the Ofsted inspection (March 2015)\n\nThe Commission considered the progress of services since their Ofsted grading of ‘inadequate’ issued in May 2015.\n',
      ),
    ).toEqual([{ areaKey: 'overall', grade: 'inadequate', inspection: null }]);
  });
});
