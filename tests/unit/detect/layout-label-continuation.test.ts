import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Issue 10, item 6 (a): pdftotext -layout centres an ILACS summary grade vertically between the two
// lines of its label, so the label's last words come on the line after the grade. Invented
// authority and dates; the shape is the ILACS summary table as pdftotext -layout writes it.
const HEAD = 'Anyshire County Council\nInspection of children’s social care services\n\nInspection dates: 1 May 2019 to 12 May 2019\n\n';
const pad = (s: string) => ' '.repeat(60) + s;
const grades = (body: string) =>
  detectReport(HEAD + body + '\n\nThe local authority has made steady progress.\n')
    .judgements.filter((j) => j.inspection === null)
    .map((j) => `${j.areaKey}|${j.grade}`)
    .sort();

describe('pdftotext -layout: a label that runs on after its centred grade', () => {
  it('the grade alone between the label lines: the line after joins the label above', () => {
    const body = ` Judgement${pad('Grade')}\n\n The experiences and progress of children in care and care\n${pad('Good')}\n leavers\n\n Overall effectiveness${pad('Good')}`;
    expect(grades(body)).toEqual(['in_care_and_care_leavers|good', 'overall|good']);
  });

  it('the grade beside the first label line: the line under it joins the label', () => {
    const body = ` Judgement${pad('Grade')}\n\nThe experiences and progress of children in care and        Good\ncare leavers\n\n\n Overall effectiveness${pad('Good')}`;
    expect(grades(body)).toEqual(['in_care_and_care_leavers|good', 'overall|good']);
  });

  it('a two-line grade beside a two-line label: the label is read whole', () => {
    const body = ` Judgement${pad('Grade')}\n\n The experiences and progress of children in care and care     Requires improvement\n leavers                                                       to be good\n\n\n Overall effectiveness${pad('Good')}`;
    expect(grades(body)).toEqual(['in_care_and_care_leavers|requires improvement', 'overall|good']);
  });

  it('a capitalised line after the row starts a new row, not a continuation', () => {
    const body = ` Judgement${pad('Grade')}\n\n The experiences and progress of children in care${pad('Good')}\n Care leavers\n\n Overall effectiveness${pad('Good')}`;
    expect(grades(body)).toEqual(['in_care|good', 'overall|good']);
  });
});

describe('pdftotext -layout: a one-line label centred between the two lines of its grade', () => {
  it('"Requires improvement" above the label and "to be good" under it read as one row', () => {
    const body = ` Judgement${pad('Grade')}\n\n The impact of leaders on social work practice with children${pad('Good')}\n\n${pad('Requires improvement')}\n Overall effectiveness\n${pad('to be good')}`;
    expect(grades(body)).toEqual(['leaders|good', 'overall|requires improvement']);
  });

  it('"Requires improvement" above a label with another grade under it is not split round the label', () => {
    const body = ` Judgement${pad('Grade')}\n\n${pad('Requires improvement')}\n Overall effectiveness\n${pad('Good')}`;
    expect(grades(body)).not.toContain('overall|requires improvement');
  });
});
