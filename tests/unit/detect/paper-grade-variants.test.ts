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

describe('a place opening a headline or sentence, then a copula and the grade', () => {
  it.each([
    ['Anyshire remains inadequate, finds Ofsted\n\nThe report was published today.\n', 'inadequate'],
    ['West Anyshire stays ‘good’ after inspectors return\n', 'good'],
    ['Anyshire is now outstanding, says watchdog\n', 'outstanding'],
    ['Blanktown remained "requires improvement" at its re-inspection by Ofsted.\n', 'requires improvement'],
    ['Anyshire still inadequate after Ofsted visit\n', 'inadequate'],
    ['Blanktown was ‘good’ when the inspectors last visited.\n', 'good'],
  ])('%s', (body, grade) => {
    expect(grades(body)).toContain(`overall|${grade}`);
  });

  it('a skill or a place’s other merits is no grade', () => {
    expect(grades('Anyshire is good at listening to families, Ofsted said.\n')).toEqual([]);
    expect(grades('Anyshire is outstanding in its parks, visitors say.\n')).toEqual([]);
  });
});

describe('the inspectorate or its report, then a judging verb, the place and the grade', () => {
  it.each([
    [
      'Tougher Ofsted inspection finds Anyshire ‘requires improvement’\n\nThe council said it accepted the findings.\n',
      'requires improvement',
    ],
    ['A report published in March marked Anyshire as ‘good’ in all areas.\n', 'good'],
    ["An Ofsted report marked Blanktown as 'good'.\n", 'good'],
    ["The latest Ofsted inspection has branded Anyshire 'inadequate'.\n", 'inadequate'],
    ['Ofsted inspectors labelled Blanktown ‘outstanding’ last week.\n', 'outstanding'],
    ["The new inspection report declares West Anyshire 'good'.\n", 'good'],
  ])('%s', (body, grade) => {
    expect(grades(body)).toContain(`overall|${grade}`);
  });

  it('a grade of something else after the place is none', () => {
    expect(grades('Ofsted told Anyshire ‘good’ partnerships matter.\n')).toEqual([]);
    // (a school's grade, read as the school's)
    expect(grades("Inspectors found Anyshire Road school 'good'.\n").filter((g) => !g.startsWith('school'))).toEqual([]);
  });
});

describe('the council speaking of itself: "we", "us"', () => {
  it.each([
    ['Overall, we remain Good following our inspection in 2022.\n', 'good'],
    ['Ofsted rated us outstanding last month.\n', 'outstanding'],
    ['We were judged to be ‘good’ by Ofsted in June.\n', 'good'],
    ['Inspectors found we are now good in every area.\n', 'good'],
    ['Ofsted judged us to be "good" overall.\n', 'good'],
    ["Inspectors rated us 'requires improvement' in 2019.\n", 'requires improvement'],
  ])('%s', (body, grade) => {
    expect(found(body).map((j) => j.grade)).toContain(grade);
  });

  it('a skill, a hope or a friendship is no grade', () => {
    expect(grades('We are good at listening, inspectors said.\n')).toEqual([]);
    expect(grades('We want to be rated good by Ofsted next time.\n')).toEqual([]);
    expect(grades('We were good friends with the inspectors.\n')).toEqual([]);
  });
});

describe('the grade named by its noun: "this judgement of Good"', () => {
  it.each([
    ['Despite this judgement of Good by Ofsted, we will keep improving.\n', 'good'],
    ['That judgement of ‘good’ from the inspectorate reflects hard work.\n', 'good'],
    ['The council has retained its Ofsted rating of ‘outstanding’.\n', 'outstanding'],
    ["The grade of 'requires improvement' given by inspectors was a disappointment.\n", 'requires improvement'],
    ['Members welcomed the verdict of Good from inspectors.\n', 'good'],
    ['Ofsted confirmed its latest rating of ‘inadequate’ in the report.\n', 'inadequate'],
  ])('%s', (body, grade) => {
    expect(grades(body)).toContain(`overall|${grade}`);
  });
});

describe('a quoted verdict that goes on after its grade', () => {
  it.each([
    ['The council was judged “good, with outstanding features” in its 2018 inspection.\n', 'good'],
    ['Ofsted called the service ‘outstanding, in every respect’.\n', 'outstanding'],
    ['Inspectors rated children’s services ‘good, with some outstanding practice’.\n', 'good'],
    ['Anyshire’s children’s services are ‘good, and improving’, inspectors said.\n', 'good'],
    ['The services were rated "requires improvement, but improving" by inspectors.\n', 'requires improvement'],
    ['Ofsted found the service ‘inadequate, with serious failures’.\n', 'inadequate'],
  ])('%s', (body, grade) => {
    expect(grades(body)).toContain(`overall|${grade}`);
  });

  it('somebody else’s quoted praise is none', () => {
    expect(grades('Parents described the café as ‘good, with great cakes’.\n')).toEqual([]);
  });
});

describe('the scale itself changed', () => {
  it('a grade replaced or renamed in the framework is nobody’s grade', () => {
    expect(
      grades('In the new framework the “adequate” grade has been replaced with a grade of “requires improvement”.\n'),
    ).toEqual([]);
    expect(grades('The ‘satisfactory’ rating was renamed ‘requires improvement’ in 2012.\n')).toEqual([]);
    expect(grades('Under the new framework Anyshire was rated ‘good’.\n')).toEqual(['overall|good']);
  });
});

describe('a headline: the place’s children’s services and the grade, with no verb or quote', () => {
  it.each([
    ["Anyshire Children's Services good after years of decline\n", 'good'],
    ['Blanktown children’s services outstanding again\n', 'outstanding'],
    ['Anyshire Children’s Services Good, says Ofsted\n', 'good'],
    ['West Anyshire children’s services inadequate – report\n', 'inadequate'],
    ["Blanktown Children's Services inadequate following inspection\n", 'inadequate'],
    ['Anyshire Council’s children’s services good for the first time\n', 'good'],
    ["Anyshire County Council children's services requires improvement despite progress\n", 'requires improvement'],
  ])('%s', (body, grade) => {
    expect(grades(body)).toContain(`overall|${grade}`);
  });

  it('good news or a skill is no grade', () => {
    expect(grades("Anyshire children's services good news for families\n")).toEqual([]);
    expect(grades("Anyshire children's services good at listening\n")).toEqual([]);
  });
});

describe('praise, counts and parts that are no grade', () => {
  it('"a good outcome", "a good result" after the grade is praise, not a second grade', () => {
    expect(grades('Ofsted rated the council good. This is a good outcome for the service and for families.\n')).toEqual([
      'overall|good',
    ]);
    expect(grades('Anyshire was rated good by Ofsted. It was a good result for the whole team.\n')).toEqual(['overall|good']);
  });

  it('a dozen of many criteria rated good is no one grade', () => {
    expect(grades('The inspection saw a dozen of the criteria rated as good.\n')).toEqual([]);
  });

  it('a list after the grade names parts deep inside it, or the areas graded right after "including"', () => {
    expect(
      grades(
        'Other areas were flagged up as requiring improvement including the use of timescales and a high quality of practice.\n',
      ),
    ).toEqual([]);
    expect(grades('Five areas were judged "inadequate" including the overall effectiveness of safeguarding services.\n')).toEqual(
      ['other|inadequate'],
    );
  });
});

describe('the SIF (2009–12) sub-judgements and the short forms of children in care', () => {
  it.each([
    ['The findings were that ambition and prioritisation are outstanding.\n', 'other|outstanding'],
    ['Ambition and prioritisation were judged outstanding by Ofsted.\n', 'other|outstanding'],
    ['Inspectors found that partnership working was good.\n', 'other|good'],
    ['The contribution of health agencies to keeping children safe was judged good.\n', 'other|good'],
    ['Performance management and quality assurance were rated adequate by Ofsted.\n', 'other|adequate'],
    ['Equality and diversity is good, the report says.\n', 'other|good'],
    ['Ofsted found LAC permanence was good.\n', 'in_care|good'],
    ['Inspectors judged CLA services to be outstanding.\n', 'in_care|outstanding'],
  ])('%s', (body, grade) => {
    expect(grades(body)).toContain(grade);
  });

  it('no grade where nobody judges, and a finding about the children named is not their area’s grade', () => {
    expect(grades('Partnership working is good in the borough, the director said.\n')).toEqual([]);
    expect(grades('Ofsted found the voices of LAC were heard, and placement stability was found to be good.\n')).toEqual([]);
  });
});

describe('"needs improvement" and "requires further improvement" as the grade', () => {
  it.each([
    ['Inspectors found three out of five key areas still need improvement.\n', 'other'],
    ['The experiences and progress of care leavers needs improvement to be good, Ofsted said.\n', 'care_leavers'],
    ['Ofsted judged help and protection to need improvement.\n', 'help_protection'],
    ['Anyshire’s children’s services require further improvement, inspectors found.\n', 'overall'],
    ['The watchdog rated services for children in care as ‘needs improvement’.\n', 'in_care'],
    ['Leadership was found to need improvement by the inspectorate.\n', 'leaders'],
  ])('%s', (body, key) => {
    expect(grades(body)).toContain(`${key}|requires improvement`);
  });

  it('a building or some records needing improvement, or the scale described, is no grade', () => {
    expect(grades('The building needs improvement.\n')).toEqual([]);
    expect(grades('Some records need improvement, inspectors said.\n')).toEqual([]);
    expect(grades('A rating of ‘needs improvement’ sits between inadequate and good.\n')).toEqual([]);
    expect(grades('The ‘requires improvement’ grade falls between inadequate and good.\n')).toEqual([]);
  });
});

describe('"the quality of" an area is the area’s grade', () => {
  it.each([
    ['The quality of the adoption service remains good, but some plans are weak.\n', 'adoption|good'],
    ['Inspectors said the quality of help and protection is good.\n', 'help_protection|good'],
    ['The quality of services for care leavers was judged to be outstanding.\n', 'care_leavers|outstanding'],
    [
      "The quality of care leavers' services was rated as requires improvement by the inspectorate.\n",
      'care_leavers|requires improvement',
    ],
    ['The quality of leadership remains strong and services for children in care are good, inspectors said.\n', 'in_care|good'],
    ['Ofsted found the quality of the fostering service was ‘good’.\n', 'good'],
  ])('%s', (body, grade) => {
    expect(grades(body).some((g) => g === grade || g.endsWith(`|${grade}`))).toBe(true);
  });

  it('a sub-topic after another preposition, or the quality of something else, is no grade', () => {
    expect(grades('Health information for care leavers is good.\n')).toEqual([]);
    expect(grades('The quality of food in the canteen remains good, inspectors said.\n')).toEqual([]);
  });
});
