import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Shapes of papers nobody tuned on (invented wording, real shapes): the area a grade was given for
// named after it, a second clause's own area, a service received, a relative clause after a
// preposition, the scale described around a grade, a part of the service. Each shape has three or
// more variants and its nearest false friend.
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const found = (body: string) => detectReport(PAPER + body).judgements;
const grades = (body: string) => found(body).map((j) => `${j.areaKey}|${j.grade}`);
const areas = (body: string) => found(body).map((j) => `${j.area}|${j.grade}`);

describe('the area a grade was given for, named after "for"', () => {
  it('a rating for an area is that area’s, not the whole service’s', () => {
    expect(grades('Anyshire received an ‘outstanding’ rating for the impact of leaders on social work practice.\n')).toEqual([
      'leaders|outstanding',
    ]);
    expect(grades('Anyshire and Blankshire County Councils both received a rating of adequate for safeguarding.\n')).toEqual([
      'help_protection|adequate',
    ]);
    expect(grades('The council was given a "good" grade for its adoption service by Ofsted.\n')).toEqual(['adoption|good']);
    expect(grades('Inspectors rated Anyshire outstanding for the experiences and progress of care leavers.\n')).toEqual([
      'care_leavers|outstanding',
    ]);
  });

  it('several areas after "for" are each given the grade', () => {
    const many = grades(
      'Services were rated good for the impact of leaders on social work practice with children and families and the experiences and progress of children who need help and protection.\n',
    );
    expect(many.sort()).toEqual(['help_protection|good', 'leaders|good']);
    const listed = grades(
      'The ‘good’ ratings were for the impact of leaders on practice; the experiences and progress of care leavers; and overall effectiveness.\n',
    );
    expect(listed.sort()).toEqual(['care_leavers|good', 'leaders|good', 'overall|good']);
  });

  it('"for" a time, a reason or the whole service leaves the grade overall', () => {
    expect(grades('Anyshire received an ‘inadequate’ rating for the first time.\n')).toEqual(['overall|inadequate']);
    expect(grades('Anyshire was rated good for its children’s services.\n')).toEqual(['overall|good']);
  });
});

describe('a second clause with its own area', () => {
  it('"rated good overall and one area … was judged outstanding": the area’s grade, not a second overall one', () => {
    const two = grades(
      'Services were rated good overall and one area for the experiences and progress of children in care and care leavers was judged to be ‘outstanding’.\n',
    );
    expect(two.sort()).toEqual(['in_care_and_care_leavers|outstanding', 'overall|good']);
    const again = grades('Anyshire was rated requires improvement overall and its adoption service was judged to be ‘good’.\n');
    expect(again.sort()).toEqual(['adoption|good', 'overall|requires improvement']);
    const third = grades('The council was judged inadequate overall, and the leadership was found to be inadequate too.\n');
    expect(third).not.toContain('overall|good');
  });
});

describe('a service an area receives', () => {
  it('children in care and care leavers receive an outstanding service', () => {
    expect(grades('Ofsted added: “Children in care and care leavers receive an outstanding service.”\n')).toEqual([
      'in_care_and_care_leavers|outstanding',
    ]);
    expect(
      grades('Looked-after children and care leavers in Anyshire are benefiting from a "good" service, inspectors said.\n'),
    ).toEqual(['in_care_and_care_leavers|good']);
    expect(grades('Care leavers in Anyshire get a good service from the council.\n')).toEqual(['care_leavers|good']);
  });

  it('a service received by families, or a good service as an aim, is none', () => {
    expect(grades('Families receive a good service from the children’s centre.\n')).toEqual([]);
    expect(grades('Care leavers should receive a good service.\n')).toEqual([]);
  });
});

describe('a relative clause grading the area just named', () => {
  it('"progress in leadership, which was now ‘outstanding’"', () => {
    expect(grades('Ofsted noted particular progress in leadership, which was now ‘outstanding’.\n')).toEqual([
      'leaders|outstanding',
    ]);
    expect(grades('Inspectors saw improvement in the adoption service, which is now rated ‘good’.\n')).toEqual(['adoption|good']);
    expect(grades('There was change in help and protection, which was judged to be ‘requires improvement’.\n')).toEqual([
      'help_protection|requires improvement',
    ]);
  });

  it('a sub-topic with no relative clause stays none', () => {
    expect(grades('Inspectors recognised the support for young people leaving care as good.\n')).toEqual([]);
  });
});

describe('the scale described around a grade', () => {
  it('"one above the lowest rating - ‘inadequate’": only the grade given is a judgement', () => {
    const scale = grades(
      'The council’s official rating is "adequate"- which is one above the lowest rating - "inadequate", and two below the top rating, which is "outstanding".\n',
    );
    expect(scale).toEqual(['overall|adequate']);
    const again = grades('Ofsted rated Anyshire "requires improvement", one step up from the lowest grade, "inadequate".\n');
    expect(again).toEqual(['overall|requires improvement']);
  });

  it('"handed the lowest rating, ‘inadequate’" is a grade given', () => {
    expect(grades('Anyshire’s children’s services were handed the lowest rating, ‘inadequate’, by Ofsted.\n')).toEqual([
      'overall|inadequate',
    ]);
  });
});

describe('part of the service', () => {
  it('"some aspects of the service were deemed good" is no grade of the service', () => {
    expect(
      grades(
        'While some aspects of the service were deemed "good", overall inspectors found it continued to "require improvement".\n',
      ),
    ).toEqual(['overall|requires improvement']);
    expect(grades('Several parts of the service were rated "good" by inspectors.\n')).toEqual([]);
    expect(grades('Certain elements of the council’s children’s services were judged outstanding.\n')).toEqual([]);
  });

  it('all areas of the service keep their grade', () => {
    expect(grades('Ofsted rated the service "good" in all areas.\n')).toContain('overall|good');
  });
});

describe('a marked grade before a verb, a place word as the council', () => {
  it('a quoted grade then "has found", "said"', () => {
    expect(grades('A damning Ofsted report which labelled the authority "inadequate" has found serious failures.\n')).toEqual([
      'overall|inadequate',
    ]);
    expect(grades('An Ofsted report that rated the council ‘good’ was published today.\n')).toEqual(['overall|good']);
    expect(grades('The inspection which judged the council "requires improvement" said leaders knew their services.\n')).toEqual([
      'overall|requires improvement',
    ]);
  });

  it('"County improves to ‘good’": the county council, overall', () => {
    expect(grades('County improves to ‘good’\n')).toEqual(['overall|good']);
    expect(grades('Borough rated ‘inadequate’ by Ofsted\n')).toEqual(['overall|inadequate']);
    expect(grades('City council rated ‘good’ by Ofsted\n')).toEqual(['overall|good']);
  });
});

describe('the whole service shown as "overall", not as its wording', () => {
  it('the council’s children’s services, the service, the department', () => {
    expect(areas('Anyshire City Council’s children’s services have been rated ‘good’ by Ofsted.\n')).toEqual(['overall|good']);
    expect(areas('Inspectors rated the service as good in 2013.\n')).toEqual(['overall|good']);
    expect(areas('The department was rated as requires improvement by Ofsted.\n')).toEqual(['overall|requires improvement']);
  });

  it('an area keeps its wording', () => {
    expect(areas('The adoption service was rated ‘good’ by Ofsted.\n')).toEqual(['The adoption service|good']);
  });
});

describe('a count of categories is no area', () => {
  it('"good in 14 of the 22 inspection categories"', () => {
    expect(grades('The council was rated as "good" in 14 of the 22 inspection categories by Ofsted.\n')).not.toContain(
      'in_care|good',
    );
    expect(grades('Inspectors rated it "adequate" in 7 out of 22 categories.\n')).toEqual([]);
    expect(grades('Ofsted judged Anyshire outstanding in 9 of the 18 categories.\n')).toEqual([]);
    expect(grades('The council’s children’s services were ranked Good in three of the four service areas.\n')).toEqual([
      'overall|good',
    ]);
  });

  it('all four areas are every area', () => {
    expect(grades('Ofsted judged Anyshire outstanding in all four areas.\n').length).toBeGreaterThan(0);
  });
});

describe('a grade before "including" or "inspection"', () => {
  it('"judged grade four ‘inadequate’ including the overall effectiveness of safeguarding services"', () => {
    // SLAC's "overall effectiveness of safeguarding services" is read as the overall grade.
    expect(
      grades('Five of these were judged grade four "inadequate" including the overall effectiveness of safeguarding services.\n'),
    ).toEqual(['overall|inadequate']);
    expect(grades('Anyshire was rated ‘good’, including for its fostering service.\n')).toHaveLength(1);
    expect(grades('Most verdicts were ‘good’, including the adoption service.\n')).toEqual(['adoption|good']);
  });

  it('"Ofsted’s second inadequate inspection of Anyshire Council’s children’s services"', () => {
    expect(grades('It was Ofsted’s second inadequate inspection of Anyshire Council’s children’s services.\n')).toEqual([
      'overall|inadequate',
    ]);
    expect(grades('The latest good inspection of the council’s children’s services was welcomed.\n')).toEqual(['overall|good']);
    expect(grades('The council had a recent outstanding inspection of its adoption service.\n')).toEqual([
      'adoption|outstanding',
    ]);
  });

  it('a good inspection team is none', () => {
    expect(grades('Leaders thanked a good inspection team.\n')).toEqual([]);
  });
});

describe('many schools measured together are not one school’s report', () => {
  it('"% of schools rated Good or Outstanding" gives no school grade', () => {
    const measure = detectReport(
      '% of Schools rated Good or Outstanding (Quarterly)\n\nThe % of schools and academies in Anyshire rated as Good or Outstanding by OFSTED is a key measure.\n',
    ).judgements;
    expect(measure).toEqual([]);
  });

  it('a scrutiny panel on school inspections and looked after children reads the council’s grade', () => {
    const panel = detectReport(
      'Agenda item\n\nQuarterly Service Report\n\nTo consider the outcomes of Ofsted school inspections and numbers of children looked after.\n\nMinutes:\n\nThe Chairman referred to the recent Ofsted report. The Inspectors judged the department to be ‘good’ overall.\n',
    ).judgements.map((j) => `${j.areaKey}|${j.grade}`);
    expect(panel).toEqual(['overall|good']);
  });
});

const dated = (body: string) => found(body).map((j) => `${j.areaKey}|${j.grade}|${j.inspection}`);

describe('"for the second time": the earlier inspection had the same grade', () => {
  it('a second time, year or inspection in a row', () => {
    expect(
      dated("Anyshire's children's social services have been rated 'inadequate' for the second time in six years.\n"),
    ).toEqual(['overall|inadequate|null', 'overall|inadequate|previous']);
    expect(
      dated('Anyshire Council’s child protection services have been rated “inadequate” for the second year in a row.\n'),
    ).toContain('help_protection|inadequate|previous');
    expect(dated('For the second inspection in a row, Anyshire was judged as ‘outstanding’ by Ofsted.\n')).toContain(
      'overall|outstanding|previous',
    );
  });

  it('"for the first time" gives no earlier grade', () => {
    expect(dated('Anyshire was rated good by Ofsted for the first time.\n')).toEqual(['overall|good|null']);
  });
});

describe('a verb-phrase grade right after its subject', () => {
  it('"perform adequately", "perform well", ", require improvement"', () => {
    expect(grades('Children’s services in Anyshire perform adequately, inspectors said.\n')).toEqual([
      'overall|performs adequately',
    ]);
    expect(grades('The authority’s children’s services have been judged to ‘perform well’.\n')).toEqual([
      'overall|performs well',
    ]);
    expect(grades('Inspectors found that the experiences and progress of care leavers, require improvement.\n')).toEqual([
      'care_leavers|requires improvement',
    ]);
  });

  it('a far subject, or parts of practice, is none', () => {
    expect(grades('The council accepted that some areas of practice require improvement.\n')).toEqual([]);
    expect(grades('Pupils perform well in reading.\n')).toEqual([]);
  });
});

describe('a range of grades, or many authorities, is no one grade', () => {
  it('"rated ‘good’ or ‘outstanding’", "all those local authorities judged …"', () => {
    expect(
      grades(
        'All local authorities rated ‘good’ or ‘outstanding’ by Ofsted in overall effectiveness were also well-rated for leadership.\n',
      ),
    ).toEqual([]);
    expect(
      grades('Ratings found all those authorities with an overall judgement of good or outstanding had strong leaders.\n'),
    ).toEqual([]);
    expect(
      grades('Conversely, all those local authorities judged ‘inadequate’ received an inadequate rating for leadership.\n'),
    ).toEqual([]);
  });

  it('one grade given to one authority is kept', () => {
    expect(grades('Anyshire was rated ‘good’ by Ofsted in overall effectiveness.\n')).toEqual(['overall|good']);
  });
});

describe('counted areas and social services', () => {
  it('"judged three out of four key areas to be ‘inadequate’", "rates Anyshire children’s social services inadequate"', () => {
    expect(grades('The watchdog judged three out of four key areas to be “inadequate”.\n')).toHaveLength(1);
    expect(grades("Damning Ofsted report rates Anyshire children's social services inadequate AGAIN\n")).toEqual([
      'overall|inadequate',
    ]);
    expect(grades('Two of the four areas were judged ‘good’ by Ofsted.\n')).toHaveLength(1);
  });
});
