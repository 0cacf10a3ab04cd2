import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Frames papers put a judgement in that the broad sentence rule (sentence-grade-rule.ts) reads by shape:
// a place after the service, a participle clause after another grade, the areas counted back ("All three
// were …"), a result reached ("improved to be rated good"). Invented wording; each shape has variants
// and its nearest false friend.
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const grades = (body: string) => detectReport(PAPER + body).judgements.map((j) => `${j.areaKey}|${j.grade}`);

describe('the service and its place before a verb-phrase grade', () => {
  it('a borough, a city or a council named after "in"', () => {
    expect(grades('Children’s services in the London Borough of Anyshire perform adequately.\n')).toEqual(['overall|performs adequately']);
    expect(grades('Children’s services in Anyshire Metropolitan Borough Council perform well, as they did before.\n')).toEqual([
      'overall|performs well',
    ]);
    expect(grades('Children’s services in the City of Anyshire require improvement to be good.\n')).toEqual(['overall|requires improvement']);
    expect(grades('Children’s social care services in the Royal Borough of Anyshire require improvement.\n')).toEqual([
      'overall|requires improvement',
    ]);
  });

  it('schools in a place grade no service', () => {
    expect(grades('Schools in the London Borough of Anyshire perform well.\n')).toEqual([]);
  });
});

describe('a participle clause after another grade takes the main clause’s subject', () => {
  it('having been, after being', () => {
    expect(grades('Ofsted rated Anyshire’s children’s services ‘good’, having previously been judged ‘inadequate’ in 2016.\n')).toContain(
      'overall|inadequate',
    );
    expect(grades('Inspectors noted progress in leadership, which was now ‘outstanding’, having been ‘requires improvement’ in 2019.\n')).toContain(
      'leaders|requires improvement',
    );
    expect(grades('Inspectors rated the care leavers service "good", after being found to be "inadequate" during their 2014 visit.\n')).toContain(
      'care_leavers|inadequate',
    );
    expect(grades('The council’s children’s services have been rated "inadequate" by Ofsted, having been judged as "good" four years ago.\n')).toContain(
      'overall|good',
    );
  });

  it('a participle about something else grades nothing', () => {
    expect(grades('Anyshire children’s services were rated good, having been given a good deal of support.\n')).toEqual(['overall|good']);
  });
});

describe('the areas counted back as the subject', () => {
  it('all three, each, both', () => {
    const lead = 'The inspection looked at help and protection, children in care, and leadership. ';
    // The areas counted back keep their wording ("All three"): which areas they are is the sentence before's.
    expect(grades(`${lead}All three were judged inadequate.\n`)).toContain('other|inadequate');
    expect(grades(`${lead}Each was rated as outstanding by inspectors.\n`)).toContain('other|outstanding');
    expect(grades('Ofsted looked at care leavers and adoption. Both were found to be good.\n')).toContain('other|good');
  });

  it('a count with no judging cue grades nothing', () => {
    expect(grades('We met the three teams. Each was a good example of practice.\n')).toEqual([]);
  });
});

describe('a grade reached, not aimed at', () => {
  it('improved to be rated', () => {
    expect(grades('Anyshire children’s services improve to be rated good\n')).toEqual(['overall|good']);
    expect(grades('Children’s services in Anyshire have improved to be rated good by Ofsted.\n')).toEqual(['overall|good']);
    const sufficiently = grades('Ofsted has judged the services to have improved sufficiently to be rated “requires improvement to be good”.\n');
    expect(sufficiently.map((g) => g.split('|')[1])).toEqual(['requires improvement']);
  });

  it('a need to improve to be rated is an aim', () => {
    expect(grades('Children’s services in Anyshire need to improve to be rated good.\n')).toEqual([]);
    expect(grades('The service must improve to be rated good at its next inspection.\n')).toEqual([]);
  });
});

describe('a grade in a lead-in, then the areas it grades one per line', () => {
  it('bulleted, numbered or bare lines after the colon', () => {
    expect(grades('Ofsted found that two areas in particular require improvement:\n- The experiences and progress of children who need help and protection\n- Overall effectiveness\n')).toEqual(
      expect.arrayContaining(['help_protection|requires improvement', 'overall|requires improvement']),
    );
    expect(grades('Inspectors judged two areas to be good. These are:\n• the impact of leaders on social work practice\n\n• the experiences and progress of care leavers\n')).toEqual([
      'leaders|good',
      'care_leavers|good',
    ]);
    expect(grades('The following areas were rated outstanding by Ofsted:\n1. Care leavers\n2. Leadership\n')).toEqual([
      'care_leavers|outstanding',
      'leaders|outstanding',
    ]);
  });

  it('an aim, or lines that are not areas, give none', () => {
    expect(grades('The council aims for these areas to be rated good:\n- care leavers\n')).toEqual([]);
    expect(grades('The following areas require improvement:\n- The timeliness of assessments for children in need\n')).toEqual([]);
  });
});

describe('a grade inside a noun phrase or a headline', () => {
  it('the overall grade named by its noun', () => {
    expect(grades('Care leavers’ progress must improve to match the overall ‘good’ service rating from Ofsted.\n')).toContain('overall|good');
    expect(grades('Although the overall level of ‘Good’ remained the same as at the last inspection, more areas improved.\n')).toContain('overall|good');
    expect(grades('Ofsted confirmed the overall ‘outstanding’ judgement for Anyshire.\n')).toContain('overall|outstanding');
  });

  it('a place then a judging verb opening a headline', () => {
    expect(grades('West Anyshire rated as inadequate\n\nOfsted found serious weaknesses.\n')).toContain('overall|inadequate');
    expect(grades('Anyshire judged ‘good’ by Ofsted\n')).toContain('overall|good');
  });

  it('a quoted grade for or before the service, with no other cue', () => {
    expect(grades('“Good” for children’s services in Anyshire\n\nToday the report was published.\n')).toEqual(['overall|good']);
    expect(grades('“Outstanding” Children’s Services in Anyshire make history\n')).toEqual(['overall|outstanding']);
  });

  it('a judgement being delivered', () => {
    expect(grades('Children’s services were inspected by Ofsted in May with a judgement of “Requires Improvement to be Good” being delivered.\n')).toContain(
      'overall|requires improvement',
    );
  });

  it('an aim for at least a grade, providers rated at least a grade, a quoted word that is no grade of the service', () => {
    expect(grades('Regulated services are all rated at least good for safeguarding.\n')).toEqual([]);
    expect(grades('The council wants to have at least a ‘good’ rating by 2027.\n')).toEqual([]);
    expect(grades('“Good” food for children in Anyshire schools\n')).toEqual([]);
  });
});

describe('more subjects and lists papers give a grade', () => {
  it('a ratings timeline under a heading, a SIF grade "with outstanding features"', () => {
    const timeline = grades('Our Ofsted ratings timeline\n\n  • 2011 – Good overall with outstanding features\n  • 2016 – Inadequate\n  • 2020 – Good\n');
    expect(timeline).toEqual(['overall|good', 'overall|inadequate', 'overall|good']);
    expect(grades('School improvement targets\n\n  • 2026 – Good\n')).toEqual([]);
  });

  it('"with" then a participle: the areas counted are the subject, not a sub-topic', () => {
    expect(grades('Anyshire children’s services were rated good by Ofsted, with one area receiving the top ‘outstanding’ score.\n')).toContain(
      'other|outstanding',
    );
    expect(grades('Three areas in particular require improvement.\n')).toEqual(['other|requires improvement']);
    expect(grades('Health information for care leavers is good, inspectors found.\n')).toEqual([]);
  });

  it('a place named with "of", a courtesy that is no hypothesis', () => {
    expect(grades('The partnership began in 2013 after Ofsted found Isle of Anyshire Children’s Services to be inadequate.\n')).toContain(
      'overall|inadequate',
    );
    expect(grades('The Leader said: “I would like to congratulate the council on securing a good rating from Ofsted for its children’s services.”\n')).toContain(
      'overall|good',
    );
    expect(grades('The Leader said the council would be rated good next time.\n')).toEqual([]);
  });

  it('a "judged" clause in a paper naming no one authority leaves the grade to the broad rule', () => {
    expect(grades('Children’s Services delivered by Anyshire Borough Council have been rated Good by Ofsted.\n')).toEqual(['overall|good']);
    expect(grades('Anyshire children’s services have again been rated "inadequate" by government inspectors.\n')).toEqual(['overall|inadequate']);
    expect(grades('The children’s services department was judged good by parents.\n')).toEqual([]);
  });
});
