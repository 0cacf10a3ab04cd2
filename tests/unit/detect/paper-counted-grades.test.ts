import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Grades counted over many authorities or many unnamed areas are no one authority's judgement
// (GUIDELINES: "counts across many authorities"). Invented wording; the shapes recur in news
// round-ups of national figures: a fraction, a share, a percentage or a bare number as the subject.
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const grades = (body: string) => detectReport(PAPER + body).judgements.map((j) => `${j.areaKey}|${j.grade}`);

describe('a count of many authorities as the grade’s subject', () => {
  it('one in N, a fraction, a share of councils', () => {
    expect(
      grades('The weakest area nationally was help and protection, with one in four councils being judged inadequate.\n'),
    ).toEqual([]);
    expect(
      grades('Care leavers’ services were the strongest area this year, with a third of local authorities (18) judged good.\n'),
    ).toEqual([]);
    expect(
      grades(
        'Of the councils inspected by Ofsted before April, a quarter were judged to be ‘inadequate’ in their children’s services.\n',
      ),
    ).toEqual([]);
    expect(
      grades(
        'Only one received an overall judgement of ‘outstanding’, and in almost half (46%) the local authority was found to be ‘inadequate’.\n',
      ),
    ).toEqual([]);
  });

  it('a bare number as the subject: of authorities or of unnamed areas', () => {
    expect(
      grades(
        'Fourteen councils improved their grade this year. Nine shed their inadequate rating, while four others declined.\n',
      ),
    ).toEqual([]);
    expect(
      grades(
        'The report listed the grades received in each area of the children’s services inspection, 11 being ‘good’ and 2 ‘outstanding’.\n',
      ),
    ).toEqual([]);
    expect(
      grades('The summary gave the Ofsted grades received in each area, 12 being ‘good’, 5 ‘outstanding’ and 2 ‘adequate’.\n'),
    ).toEqual([]);
    expect(
      grades('Figures show the weakest area is child protection, with one in six departments being judged inadequate.\n'),
    ).toEqual([]);
    expect(
      grades(
        'Services for care leavers were deemed the strongest area of performance, with a third of local authorities (22) judged good.\n',
      ),
    ).toEqual([]);
    expect(
      grades('Across the region, 40% of children’s services departments were rated requires improvement by Ofsted.\n'),
    ).toEqual([]);
  });

  it('one authority or the areas of one judgement are still graded', () => {
    expect(
      grades('Ofsted judged Anyshire’s children’s services to be good, with three of the four key areas also rated good.\n'),
    ).toContain('overall|good');
    expect(
      grades('Anyshire is the only council in the region rated ‘outstanding’ for its children’s services by Ofsted.\n'),
    ).toContain('overall|outstanding');
    expect(
      grades(
        'So far Anyshire is one of 41 out of 140 councils inspected by Ofsted to be given an overall grade of ‘good’, and, of those, one of only seven currently rated as having ‘outstanding’ leadership and governance.\n',
      ),
    ).toContain('leaders|outstanding');
    expect(
      grades('Ofsted has inspected the council three times, the most recent one in 2021 stating it required improvement.\n'),
    ).toEqual(['overall|requires improvement']);
    expect(
      grades(
        'Of the 40 inspections published, 30% of councils had been judged inadequate, whereas this Council had been judged to be inadequate in one category.\n',
      ).length,
    ).toBeGreaterThan(0);
    expect(grades('In 2019, Ofsted rated Anyshire’s children’s services as inadequate.\n')).toEqual(['overall|inadequate']);
  });
});

describe('a grade word that is no grade given', () => {
  it('a condition: subject to a satisfactory inspection', () => {
    expect(
      grades('The board will stand down in 2026, subject to satisfactory inspection of Children’s Safeguarding by Ofsted.\n'),
    ).toEqual([]);
    expect(grades('Funding continues for help and protection services, subject to a good Ofsted outcome.\n')).toEqual([]);
  });

  it('“there is” then a grade word describes a noun', () => {
    expect(
      grades('The inspection report notes that there is good, cross-party support from councillors for children’s services.\n'),
    ).toEqual([]);
    expect(grades('Ofsted found there was outstanding, committed leadership of the fostering service.\n')).toEqual([]);
  });

  it('a move asked for: the grade held now is given, the grade aimed at is not', () => {
    const moves = (body: string) => detectReport(PAPER + body).judgements.map((j) => `${j.grade}|${j.inspection}`);
    expect(
      moves('Inspectors have made a series of recommendations to move services from Requires Improvement to Good.\n'),
    ).toEqual(['requires improvement|null']);
    expect(moves('The council set out its plans to take children’s services from inadequate to good by 2027.\n')).not.toContain(
      'good|null',
    );
    expect(moves('Ofsted said Anyshire children’s services had moved from inadequate to good.\n')).toContain('good|null');
  });
});
