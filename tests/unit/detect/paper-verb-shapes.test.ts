import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Press and committee grammar around a grade (invented wording, real shapes): verb frames, movement
// between grades, participle and perception clauses, clauses that split one sentence into two
// grades. Each shape has a test of its nearest false friend: an aim, a hypothesis, a count, a school
// or another inspectorate.
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const judgements = (body: string) =>
  detectReport(PAPER + body).judgements.map((j) => ({ areaKey: j.areaKey, grade: j.grade, inspection: j.inspection }));
const grades = (body: string) => judgements(body).map((j) => `${j.areaKey}|${j.grade}|${j.inspection ?? 'this'}`);

describe('verb frames: secured, handed, returned … a grade as a noun', () => {
  it('"secured an outstanding judgement", "was handed a good grade" are this inspection’s', () => {
    expect(grades('“We are proud that our staff have secured an outstanding judgement from Ofsted,” said the leader.\n')).toEqual(
      ['overall|outstanding|this'],
    );
    expect(grades('Anytown Council was handed a good grade by inspectors last week.\n')).toEqual(['overall|good|this']);
  });

  it('"the last inspection in May 2016 returned an inadequate judgement" is dated', () => {
    expect(grades('The last full inspection in May 2016 returned an inadequate judgement.\n')).toEqual([
      'overall|inadequate|May 2016',
    ]);
  });

  it('good judgement of staff, aims, hypotheses, schools and other inspectorates are none', () => {
    expect(grades('Social workers have shown good judgement in difficult cases.\n')).toEqual([]);
    expect(grades('The service aims to secure a good judgement at its next inspection.\n')).toEqual([]);
    expect(grades('The service could be handed a good grade next time.\n')).toEqual([]);
    expect(grades('Anytown Primary School secured an outstanding judgement from Ofsted.\n')).toEqual([]);
    expect(grades('The CQC handed the hospital trust a good rating.\n')).toEqual([]);
  });

  it('a school named before the council in the clause does not take the council’s grade', () => {
    expect(grades('After a busy term for its schools, the council was handed a good grade by inspectors.\n')).toEqual([
      'overall|good|this',
    ]);
  });
});

describe('movement from one grade to another', () => {
  it('"to go from ‘X’ to ‘Y’": X is earlier, Y this inspection’s', () => {
    expect(grades('Anyshire is the first council in the region to go from ‘inadequate’ to ‘good’.\n')).toEqual([
      'overall|inadequate|previous',
      'overall|good|this',
    ]);
  });

  it('"made the leap from X to Y" with a long grade, and "the only other authority"', () => {
    expect(
      grades('The only other authority that has made the leap from requires improvement to be good to outstanding is Anytown.\n'),
    ).toEqual(['overall|requires improvement|previous', 'overall|outstanding|this']);
  });

  it('"jumped two grades from X" with no new grade named', () => {
    expect(grades('Anytown jumped two grades from inadequate, after inspectors found rapid progress.\n')).toEqual([
      'overall|inadequate|previous',
    ]);
  });

  it('an aim to move, a count of councils and a school are none', () => {
    expect(grades('The council aims to move from requires improvement to good by 2026.\n')).toEqual([]);
    expect(grades('Three councils jumped from inadequate to good this year.\n')).toEqual([]);
    expect(grades('Anytown Academy went from good to outstanding in one inspection.\n')).toEqual([]);
    expect(grades('If the council were to go from ‘inadequate’ to ‘good’, it would be the first.\n')).toEqual([]);
  });
});

describe('participle and perception clauses', () => {
  it('"having been judged to be X, the council …"', () => {
    expect(
      grades('The director said that having been judged to be inadequate the council would now receive a notice.\n'),
    ).toEqual(['overall|inadequate|this']);
  });

  it('"Being judged X puts us …" as a sentence’s subject', () => {
    expect(grades('“Being rated outstanding puts us among the best councils,” said the leader.\n')).toEqual([
      'overall|outstanding|this',
    ]);
  });

  it('"improvements which have seen them judged as ‘X’"', () => {
    expect(grades('The service has made changes which have seen it judged as “good” by inspectors.\n')).toEqual([
      'overall|good|this',
    ]);
  });

  it('a hypothesis, a wish to see, a nursery and a count are none', () => {
    expect(grades('Being judged good would be a great result for the service.\n')).toEqual([]);
    expect(grades('Members want to see the service judged as “good” next year.\n')).toEqual([]);
    expect(grades('Having been judged good by parents, the nursery expanded.\n')).toEqual([]);
  });
});

describe('object and recognition frames', () => {
  it('"judged overall <area> as ‘X’"', () => {
    expect(
      grades('The inspectors judged overall the children’s services in Anytown as “requires improvement to be good.”\n'),
    ).toEqual(['overall|requires improvement|this']);
  });

  it('"recognised <area> as ‘X’" needs a quoted grade and an area', () => {
    expect(grades('Inspectors recognised the help for young people leaving care as ‘outstanding’.\n')).toEqual([
      'care_leavers|outstanding|this',
    ]);
    expect(grades('Inspectors recognised the support for young people leaving care as good.\n')).toEqual([]);
    expect(grades('Inspectors recognised the new reception area as ‘outstanding’.\n')).toEqual([]);
  });

  it('"Whilst achieving an overall grade of ‘X’" is achieved; "committed to achieving" is an aim', () => {
    expect(grades('Whilst achieving an overall grade of ‘good’, the service was asked to improve two things.\n')).toEqual([
      'overall|good|this',
    ]);
    expect(grades('The council is committed to achieving an overall grade of ‘good’.\n')).toEqual([]);
  });
});

describe('one sentence, two grades for two sets of areas', () => {
  it('"judged to be X in A and Y in respect of B" gives both', () => {
    const found = grades(
      'The service had been judged to be good in the help and protection category and inadequate in respect of leadership and governance.\n',
    );
    expect(found).toContain('help_protection|good|this');
    expect(found).toContain('leaders|inadequate|this');
    expect(found).not.toContain('overall|good|previous');
  });

  it('the past perfect alone still makes a grade earlier, also "by Ofsted"', () => {
    expect(grades('The service had been judged to be ‘inadequate’ by Ofsted.\n')).toEqual(['overall|inadequate|previous']);
  });

  it('"rated as X in A, and rated as Y in the following areas – B; C" gives both', () => {
    const found = grades(
      'The service was rated as outstanding in adoption performance, and rated as good in the following areas – care leavers; leadership, management and governance.\n',
    );
    expect(found.some((g) => g.endsWith('|outstanding|this'))).toBe(true);
    expect(found).toContain('care_leavers|good|this');
  });
});

describe('a count, then the authorities it names', () => {
  it('"Of the N councils with a good rating, four – A, B, C and D – …" is those councils’ grade, not a count', () => {
    expect(
      grades(
        'Of the eight councils inspected this spring with a good rating, four – Anyshire, Borsetshire, Midsomer and Wessex – improved on their last result.\n',
      ),
    ).toEqual(['overall|good|this']);
  });

  it('"N of these were previously rated X" right after the names is those councils’ earlier grade', () => {
    expect(
      grades(
        'Of the eight councils inspected this spring with a good rating, four – Anyshire, Borsetshire, Midsomer and Wessex – improved. Three of these councils were previously rated inadequate.\n',
      ),
    ).toEqual(['overall|good|this', 'overall|inadequate|previous']);
    expect(grades('Of the eight councils inspected, three of these councils were previously rated inadequate.\n')).toEqual([]);
  });

  it('a count with no names after it stays a count', () => {
    expect(
      grades('Of the eight councils with a good rating, four – mostly in the south – improved on their last result.\n'),
    ).toEqual([]);
  });
});

describe('counts and past cues', () => {
  it('"half of those inspected … graded outstanding overall" is a count', () => {
    expect(grades('Nearly half of those inspected this year were graded outstanding overall.\n')).toEqual([]);
    expect(grades('Anytown was graded outstanding overall.\n')).toEqual(['overall|outstanding|this']);
  });

  it('"services were then ‘X’" in a paper about an earlier inspection takes the sentence’s first date', () => {
    const text =
      'Report to Scrutiny\n\nThe Ofsted inspection in June 2012 led to an Improvement Notice.\n\nIn June 2013 Ofsted’s judgement was that services were then “adequate”, and in June 2014 the notice was lifted.\n';
    expect(detectReport(text).judgements.map((j) => `${j.grade}|${j.inspection}`)).toContain('adequate|June 2013');
  });
});
