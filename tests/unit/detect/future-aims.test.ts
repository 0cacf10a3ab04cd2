import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { referenceYear } from '../../../lib/detect/future-aims';

// Invented plans and news items: a grade dated after the document's own time, in an aim's words, is a
// hope and no judgement (a new user's test: "leaders are rated outstanding in 2030" in a plan's aims).
const grades = (text: string) => detectReport(text).judgements.map((j) => `${j.grade}@${j.inspection ?? 'current'}`);

describe('a grade dated in the document’s future, in an aim’s words, is no judgement', () => {
  it.each([
    'Children’s services plan 2024 to 2030\n\nOur aims\n\n- Leaders are rated outstanding in 2040\n- Children in care feel safe\n',
    'Our ambition\n\nBy 2041, our children’s services are rated outstanding by Ofsted.\n',
    'Cabinet report\n\nServices were inspected in March 2024. The ambition is that services for care leavers are rated ‘Good’ in 2042.\n',
    'Plan on a page\n\nWe plan that the council’s children’s services will be rated as Outstanding in 2043.\n',
    'Anyshire news\nPublished: 4 March 2025\nOur target: help and protection judged “good” by the regulator in 2027.\n',
    'Improvement plan\n\nThe goal is for inspectors to grade the impact of leaders Outstanding in 2044.\n',
  ])('%s', (text) => {
    expect(grades(text).filter((g) => /@\d|@20/.test(g))).toEqual([]);
  });
});

describe('what stays a judgement', () => {
  it('keeps a dated grade before the document’s own time, aim words or not', () => {
    const text =
      'Anyshire news\nPublished: 4 March 2025\nOur ambition is to build on our work since the council’s children’s services were rated inadequate by Ofsted in 2019.\n';
    expect(grades(text)).toContain('inadequate@2019');
  });

  it('keeps a future-dated grade with no aim’s words (another rule’s date, not a hope)', () => {
    const text = 'Anyshire news\nPublished: 4 March 2025\nThe council’s children’s services were rated good by Ofsted in 2027.\n';
    expect(grades(text)).toContain('good@2027');
  });

  it('takes the dateline’s year, else this year’s', () => {
    expect(referenceYear('News\nPublished: 4 March 2016\nText.\n')).toBe(2016);
    expect(referenceYear('No date here.', new Date(Date.UTC(2031, 0, 1)))).toBe(2031);
  });
});
