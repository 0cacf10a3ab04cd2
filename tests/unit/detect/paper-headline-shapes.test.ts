import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Headlines, upgrade wording, earlier grades with the service as the thing rated, bracketed and
// numbered grades, several areas given one grade, and area and verb words of papers and news
// (invented wording, real shapes). Each shape has a test of its nearest false friend.
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const grades = (body: string) =>
  detectReport(PAPER + body).judgements.map((j) => `${j.areaKey}|${j.grade}|${j.inspection ?? 'this'}`);
const quotes = (body: string) => detectReport(PAPER + body).judgements.map((j) => `${j.grade}: ${j.quote}`);

describe('headlines', () => {
  it('"<Authority> children’s services raised to ‘good’ by Ofsted"', () => {
    expect(grades("Anytown children's services raised to 'good' by Ofsted\n\nMore follows.\n")).toEqual(['overall|good|this']);
  });

  it('"<Authority>’s children’s trust ‘inadequate’" at the start of a line', () => {
    expect(grades('Anyshire’s children’s trust ‘inadequate’ but making progress, inspectors say\n')).toEqual([
      'overall|inadequate|this',
    ]);
  });

  it('title case: "Ofsted Rates <Authority>’s Children’s Services Good", "… Services Rated Good by Ofsted"', () => {
    expect(grades("Ofsted Rates Anyshire's Children's Services Good\n")).toEqual(['overall|good|this']);
    expect(grades("Anyshire's Children's Services Rated Outstanding by Ofsted\n")).toEqual(['overall|outstanding|this']);
  });

  it('"Good: Ofsted’s verdict on <Authority>’s Children’s Services"', () => {
    expect(grades('Good: Ofsted’s verdict on Anyshire’s Children’s Services\n')).toEqual(['overall|good|this']);
  });

  it('a headline about a school, a good day and an unquoted lower-case grade are none', () => {
    expect(grades("Anytown Academy's pupils 'good' at reading\n")).toEqual([]);
    expect(grades('Good: a verdict on the weather in Anytown\n')).toEqual([]);
    expect(grades("Anyshire's children's trust good at listening\n")).toEqual([]);
  });
});

describe('upgrade wording: raised to, the move up to, previously rated', () => {
  it('"previously rated “inadequate” … has been raised to “good”"', () => {
    expect(grades('The services, previously rated “inadequate” by inspectors, have been raised to “good”.\n')).toEqual([
      'overall|inadequate|previous',
      'overall|good|this',
    ]);
  });

  it('"an ‘Adequate’ rating in 2013 and now the move up to ‘Good’"', () => {
    expect(grades("Years of work yielded an 'Adequate' rating in 2013 and now the move up to 'Good'.\n")).toEqual([
      'overall|adequate|2013',
      'overall|good|this',
    ]);
  });

  // The labels keep a relative date as written ("four years ago"): eval/papers gold, GUIDELINES.md "when the text says so".
  it('"rated inadequate three years ago": an earlier grade, dated as written', () => {
    expect(grades('Anyshire Council was rated inadequate three years ago.\n')).toEqual(['overall|inadequate|three years ago']);
    expect(grades('The council was rated inadequate two years ago.\n')).toEqual(['overall|inadequate|two years ago']);
  });

  it('aims to be raised to good, and a pay grade raised, are none', () => {
    expect(grades('The service hopes to be raised to ‘good’ next year.\n')).toEqual([]);
    expect(grades('The salary band was raised to grade 7.\n')).toEqual([]);
  });
});

describe('earlier grades with the department, them or the service as the thing rated', () => {
  it('"found the department to be “good” in 2014", "first judged them ‘inadequate’ in 2013"', () => {
    expect(grades('Inspectors had found the department to be “good” in 2014.\n')).toEqual(['overall|good|2014']);
    expect(grades('Ofsted first judged them ‘inadequate’ in 2013.\n')).toEqual(['overall|inadequate|2013']);
  });

  it('"just two years after judging them ‘inadequate’": earlier, no date', () => {
    expect(grades('Ofsted rated the service as ‘good’, just two years after judging them ‘inadequate’.\n')).toContain(
      'overall|inadequate|previous',
    );
  });

  it('"the local authority’s 2016 ‘inadequate’ verdict"', () => {
    expect(grades('The trust was set up after the local authority’s 2016 ‘inadequate’ verdict.\n')).toEqual([
      'overall|inadequate|2016',
    ]);
  });

  it('"In 2017, the verdict on the service was that it ‘requires improvement’"', () => {
    expect(grades('In 2017, the verdict on the service was that it ‘requires improvement’.\n')).toEqual([
      'overall|requires improvement|2017',
    ]);
  });

  it('"Provision went on to be rated “inadequate” in March 2016"', () => {
    expect(
      grades('Anyshire was re-inspected by Ofsted in June 2018.\n\nProvision went on to be rated “inadequate” in March 2016.\n'),
    ).toEqual(['overall|inadequate|March 2016']);
  });

  it('"found the weather to be good in 2014" and "found them good company" are none', () => {
    expect(grades('Visitors found the weather to be good in 2014.\n')).toEqual([]);
    expect(grades('Inspectors found them good company.\n')).toEqual([]);
  });
});

describe('area and grade in brackets, and numbered area lists', () => {
  it('"Overall effectiveness (good)"', () => {
    expect(grades('The grades were: Overall effectiveness (good) and Leadership and management (outstanding).\n')).toEqual([
      'overall|good|this',
      'leaders|outstanding|this',
    ]);
  });

  it('"1. Children who need help and protection: Inadequate" as a numbered list', () => {
    expect(
      grades(
        'Inspectors set out their judgements below.\n\n1. Children who need help and protection: Inadequate\n2. Leadership, management and governance: Requires improvement\n',
      ),
    ).toEqual(['help_protection|inadequate|this', 'leaders|requires improvement|this']);
  });

  it('a bracketed grade after a non-area and a numbered sentence are none', () => {
    expect(grades('The weather (good) helped the fete.\n')).toEqual([]);
    expect(grades('1. Staff said the visit was: good\n')).toEqual([]);
  });
});

describe('several areas given one grade', () => {
  it('"‘A’ and ‘B’ were both rated as Inadequate"', () => {
    expect(
      grades('‘Children who need help and protection’ and ‘leadership and management’ were both rated as Inadequate.\n'),
    ).toEqual(['help_protection|inadequate|this']);
  });

  it('"rated the service’s ‘A’ and ‘B’ as outstanding"', () => {
    expect(grades('Ofsted rated the service’s ‘impact of leaders’ and ‘experiences of care leavers’ as outstanding.\n')).toEqual([
      'leaders|outstanding|this',
    ]);
  });

  it('"awarded the authority outstanding in all areas except “X”, which it found to be “good”"', () => {
    expect(
      grades(
        'Ofsted awarded the council outstanding in all areas except “the experiences of care leavers”, which it found to be “good”.\n',
      ),
    ).toEqual(['overall|outstanding|this', 'care_leavers|good|this']);
  });

  it('"the adoption service is outstanding, as is leadership and governance"', () => {
    expect(quotes('Inspectors said the adoption service is outstanding, as is leadership and governance.\n')).toContainEqual(
      'outstanding: as is leadership and governance',
    );
  });

  it('"In all four areas of judgement, the inspector found that the service “requires improvement to be good”"', () => {
    expect(
      grades('In all four areas of judgement, the lead inspector found that the service “requires improvement to be good”.\n'),
    ).toEqual(['overall|requires improvement|this']);
  });

  it('"in all areas, our practice is good" and "as is the weather" are none', () => {
    expect(grades('In all areas, some practice is good.\n')).toEqual([]);
    expect(grades('The food is good, as is the weather.\n')).toEqual([]);
  });
});

describe('area and verb words of papers and news', () => {
  it('"child protection has been judged ‘inadequate’", "found its child protection provision ‘inadequate’"', () => {
    expect(grades("The trust has improved, but child protection has been judged 'inadequate'.\n")).toEqual([
      'help_protection|inadequate|this',
    ]);
    expect(grades('An inspection found its child protection provision ‘inadequate’.\n')).toEqual([
      'help_protection|inadequate|this',
    ]);
  });

  it('"the adoption element of the service … rated as “good”"', () => {
    expect(grades('The adoption element of the service was rated as “good”.\n')).toEqual(['adoption|good|this']);
  });

  it('"Our overall grading judgement is Good"', () => {
    expect(grades('Our overall grading judgement is Good.\n')).toEqual(['overall|good|this']);
  });

  it('"classified as “adequate”", "reclassified as ‘good’", "considered to be “good” across all aspects"', () => {
    expect(grades('Children’s services in Anyshire have been classified as “adequate” by Ofsted.\n')).toEqual([
      'overall|adequate|this',
    ]);
    expect(grades('The council’s children’s services were reclassified as ‘good’ by inspectors.\n')).toEqual([
      'overall|good|this',
    ]);
    expect(grades('The service is now considered to be “good” across all aspects of its work.\n')).toEqual(['overall|good|this']);
  });

  it('"<Council> is delivering a good service to children and families" (Ofsted’s summary sentence)', () => {
    expect(
      grades('Inspectors concluded: “Anyshire County Council is delivering a good service to children and families.”\n'),
    ).toEqual(['overall|good|this']);
  });

  it('child protection work described, and a shop classified as good, are none', () => {
    expect(grades('Child protection work with schools is good.\n')).toEqual([]);
    expect(grades('The corner shop was classified as good value.\n')).toEqual([]);
    expect(grades('The team is delivering a good service to residents.\n')).toEqual([]);
  });
});

describe('false friends: aims, another unnamed authority, the scale listed', () => {
  it('"wants a good rating in two years’ time", "closer to receiving a ‘good’ rating"', () => {
    expect(grades('The council wants a good rating in two years’ time.\n')).toEqual([]);
    expect(grades('We are now much closer to receiving a ‘good’ rating.\n')).toEqual([]);
  });

  it('"a nearby authority had progressed from an ‘inadequate’ to a ‘good’ rating"', () => {
    expect(grades('Members heard that a nearby authority had progressed from an ‘inadequate’ to a ‘good’ rating.\n')).toEqual([]);
  });

  it('but the council’s own move from an X to a Y rating is found', () => {
    expect(grades('Anyshire has progressed from an ‘inadequate’ to a ‘good’ rating.\n')).toEqual([
      'overall|inadequate|previous',
      'overall|good|this',
    ]);
  });

  it('"Ofsted grades children’s services on four levels – Outstanding, Good, Requires Improvement and Inadequate"', () => {
    expect(
      grades('Ofsted has four grades for children’s services – Outstanding, Good, Requires Improvement and Inadequate.\n'),
    ).toEqual([]);
  });
});

describe('dates of earlier and current grades', () => {
  it('a dashed judgement list is dated by its own lead-in, not the paragraph before', () => {
    expect(
      grades(
        'The years 2014-15 and 2019-20 were hard.\n\nOfsted graded Anyshire’s children’s services on three criteria:\n\n- The impact of leaders on social work practice - Good\n\n- Overall effectiveness - Good\n',
      ),
    ).toEqual(['leaders|good|this', 'overall|good|this']);
  });

  it('"the first ‘good’ rating since 2013" is current', () => {
    expect(grades('Anyshire has received its first ‘good’ rating since 2013.\n')).toEqual(['overall|good|this']);
  });

  it('"has been judged inadequate since 2016" stays dated', () => {
    expect(grades('Anyshire Council has been judged inadequate since 2016.\n')).toEqual(['overall|inadequate|2016']);
  });
});

describe('more paper wording of a grade', () => {
  it('"was given the inspectorate’s lowest rank of “inadequate”"', () => {
    expect(grades('The council was given the inspectorate’s lowest rank of “inadequate” in 12 areas.\n')).toEqual([
      'overall|inadequate|this',
    ]);
    expect(grades('The runner was given a rank of first place.\n')).toEqual([]);
  });

  it('"Ofsted also rated our children’s social care services ‘Outstanding’ in 2017"', () => {
    expect(grades('Ofsted also rated our children’s social care services ‘Outstanding’ in 2017.\n')).toEqual([
      'overall|outstanding|2017',
    ]);
  });

  it('"Anyshire Children’s Social Care Services are ‘Good’" as a headline', () => {
    expect(grades('Anyshire Children’s Social Care Services are ‘Good’\n\nMore follows.\n')).toEqual(['overall|good|this']);
  });

  it('"has awarded a local authority children’s services department an outstanding judgment"', () => {
    expect(grades('Ofsted has awarded a county children’s services department an outstanding judgment this week.\n')).toEqual([
      'overall|outstanding|this',
    ]);
  });

  it('"the service still ‘requires improvement to be good’" is current', () => {
    expect(grades('For help and protection, the service still ‘requires improvement to be good.’\n')).toEqual([
      'overall|requires improvement|this',
    ]);
  });

  it('"A little over a decade ago, services were found to be Inadequate"', () => {
    expect(grades('A little over a decade ago, Anyshire’s children’s services were found to be Inadequate.\n')).toEqual([
      'overall|inadequate|previous',
    ]);
  });
});

describe('clauses and dates inside one sentence', () => {
  it('a denial in an earlier clause does not deny "and Ofsted rated services as inadequate once again in 2019"', () => {
    expect(
      grades('The trust did not take over until May 2018 and Ofsted rated services as inadequate once again in 2019.\n'),
    ).toEqual(['overall|inadequate|2019']);
  });

  it('but a denial in the same clause still does', () => {
    expect(grades('Ofsted has not rated services as good since 2010.\n')).toEqual([]);
  });

  it('a current grade "despite progress since the last full inspection in 2018" is not dated 2018', () => {
    expect(
      grades(
        'In all four areas of judgement, the inspector concluded that the service “requires improvement to be good” despite progress since the last full inspection in 2018.\n',
      ),
    ).toEqual(['overall|requires improvement|this']);
  });

  it('"since the last inspection in 2021, when services were found to be inadequate" stays dated', () => {
    expect(grades('Since the last inspection in 2021, when services were found to be inadequate, leaders have acted.\n')).toEqual(
      ['overall|inadequate|2021'],
    );
  });
});

describe('a grade carried by "this ranking" from the sentence before', () => {
  it('"X, Y and Z were all given this ranking" takes the grade named just before', () => {
    expect(
      grades(
        'The council was given the lowest rank of “inadequate” in ten areas.\n\nOverall effectiveness of safeguarding and case planning were all given this ranking.\n',
      ),
    ).toEqual(['overall|inadequate|this', 'overall|inadequate|this']);
  });

  it('with no grade in the sentence before, or a non-area subject, it is none', () => {
    expect(grades('The report was long.\n\nOverall effectiveness and case planning were all given this ranking.\n')).toEqual([]);
    expect(grades('The cafe was rated “good”. The cakes were all given this ranking.\n')).toEqual([]);
  });
});
