import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// A bracketed aside states a fact of its own: a hope or plan in the sentence around it ("The visit would
// focus on permanence (which was a factor in the council receiving its inadequate grading in January
// 2020)") does not make its grade a hypothesis. Invented wording, the real shape of committee papers.
const PAPER =
  'Anyshire Council\n\nExecutive report, 14 March 2022\n\nOfsted carried out a monitoring visit to children’s services in December 2021.\n\n';
const found = (body: string) => detectReport(PAPER + body).judgements.map((j) => `${j.grade}@${j.inspection ?? 'current'}`);

describe('a grade in a bracketed aside', () => {
  it('is read whatever the sentence around it plans', () => {
    expect(
      found(
        'The March visit would focus on court work, permanence (which was a significant factor in the Council receiving its inadequate grading in January 2020) and looked after children.\n',
      ),
    ).toEqual(['inadequate@January 2020']);
  });

  it('a hope inside the aside still counts', () => {
    expect(found('The next visit would focus on permanence (which it is hoped will be rated good in 2023).\n')).toEqual([]);
  });
});
