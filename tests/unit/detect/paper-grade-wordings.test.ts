import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Judgements papers state in wordings the phrase-shaped rules read too narrowly (invented wording,
// shapes from news items and council papers): a headline ending at its line, a rank reached ("the
// fifth council to be rated …"), a framework named after the grade.
const PAPER = 'Agenda item\n\nChildren and Families Overview Committee\n\n';
const grades = (body: string) => detectReport(PAPER + body).judgements.map((j) => `${j.areaKey}|${j.grade}`);

describe('a headline ends its clause at the line end', () => {
  it('no full stop after the grade, the story below it', () => {
    expect(
      grades("Ofsted rates Anyshire as 'good'\n\nThe quality of work with families has improved, inspectors said.\n"),
    ).toContain('overall|good');
    expect(
      grades('Inspectors judge Anyshire children’s services ‘outstanding’\nThe council was praised for its leadership.\n'),
    ).toContain('overall|outstanding');
    expect(grades('Ofsted rates Anyshire as "inadequate"\n\nThe report found serious failings.\n')).toContain(
      'overall|inadequate',
    );
  });

  it('the next paragraph’s verb does not make a headline’s grade an earlier one', () => {
    const found = detectReport(
      PAPER + "Anyshire's children's services rated as 'good'\n\nVideo playback is not available here\n",
    ).judgements;
    expect(found.map((j) => `${j.areaKey}|${j.grade}|${j.inspection}`)).toEqual(['overall|good|null']);
  });

  it('a hard-wrapped line before a noun is no line end', () => {
    expect(grades('Ofsted rates Anyshire as good\npractice in places, the report said of its schools.\n')).toEqual([]);
  });
});

describe('a rank reached is a grade given, not an aim', () => {
  it('the Nth, the first, the latest, the only … to be rated, to have, to achieve', () => {
    expect(grades('Anyshire has become the fifth council to be rated outstanding under the new framework.\n')).toEqual([
      'overall|outstanding',
    ]);
    expect(grades("Anyshire is first large county to have children's services judged 'good'\n")).toEqual(['overall|good']);
    expect(
      grades('Anyshire is now only the third authority in England to have achieved two outstanding ratings from Ofsted.\n'),
    ).toHaveLength(1);
    expect(grades('Anyshire became the first council in the region to be judged outstanding by Ofsted.\n')).toEqual([
      'overall|outstanding',
    ]);
  });

  it('an aim stays an aim', () => {
    expect(grades('The council wants to have its children’s services rated good by Ofsted.\n')).toEqual([]);
    expect(grades('Anyshire aims to be the first council in the region to be rated outstanding by Ofsted.\n')).toEqual([]);
  });

  it('a grade under a framework', () => {
    expect(grades('Anyshire’s children’s services were rated ‘good’ under the previous inspection framework in 2016.\n')).toEqual(
      ['overall|good'],
    );
  });
});

describe('the grade named as the judgement, in other nouns', () => {
  it('an overall grade as an assessment, a mark, an inspection judgement of', () => {
    expect(
      grades('Anyshire Council has received an overall “good” assessment from Ofsted for its children’s services.\n'),
    ).toEqual(['overall|good']);
    expect(grades('Anyshire Council has been given an overall ‘requires improvement’ assessment by Ofsted.\n')).toEqual([
      'overall|requires improvement',
    ]);
    expect(
      grades(
        'A full inspection took place in May, and the outcome was an overall inspection judgement of ‘Requires improvement to be Good’.\n',
      ),
    ).toEqual(['overall|requires improvement']);
    expect(grades('Ofsted visited in March. The outstanding mark is a first for the council’s children’s services.\n')).toContain(
      'overall|outstanding',
    );
  });

  it('an assessment of something, or many assessments, is no grade', () => {
    expect(grades('Inspectors praised the good assessment of risk by social workers.\n')).toEqual([]);
    expect(grades('Ofsted found the good assessments were timely.\n')).toEqual([]);
  });
});

describe('a grade left behind, in other verbs', () => {
  it('ditched, left behind, thrown off: the earlier grade', () => {
    const left = (body: string) => detectReport(PAPER + body).judgements.map((j) => `${j.grade}|${j.inspection}`);
    expect(left('Anyshire Council has ditched its inadequate judgement thanks to a partnership with Westshire CC.\n')).toEqual([
      'inadequate|previous',
    ]);
    expect(left('Anyshire has finally left behind its ‘inadequate’ rating.\n')).toEqual(['inadequate|previous']);
    expect(left('Anyshire Council has thrown off the inadequate label at last.\n')).toEqual(['inadequate|previous']);
    expect(left('Anyshire dropped two good players.\n')).toEqual([]);
  });
});
