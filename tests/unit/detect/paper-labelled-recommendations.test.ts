import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Improvement plans and committee reports label each of Ofsted's recommendations with its number
// ("Recommendation 1: …", "Area for improvement 2 – …", or the label on a line of its own and the
// recommendation under it); the paper's own numbered recommendations ("Recommendation 1: That Cabinet
// notes …") stay the committee's (invented wording, the shape of real improvement plans).
const PAPER = 'Anyshire County Council\nCorporate Parenting Board\n12 March 2024\n\nOfsted inspected children’s services in January 2024.\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);

describe('a numbered label before each recommendation', () => {
  it.each([
    'Recommendation 1: Improve the quality of assessments for children in need.\nRecommendation 2: Strengthen oversight of children missing from care.\n',
    'Ofsted Recommendation 1 – Improve the quality of assessments for children in need.\nAction: a new assessment framework.\n\nOfsted Recommendation 2 – Strengthen oversight of children missing from care.\nAction: weekly tracking meetings.\n',
    'Recommendation 1\nImprove the quality of assessments for children in need.\nOur response: a new assessment framework is in place.\n\nRecommendation 2\nStrengthen oversight of children missing from care.\nOur response: weekly tracking meetings.\n',
    'Area for improvement 1: Improve the quality of assessments for children in need.\nArea for improvement 2: Strengthen oversight of children missing from care.\n',
  ])('%j gives each as the inspection’s', (body) => {
    expect(found(body)).toEqual([
      ['Improve the quality of assessments for children in need.', 'inspection'],
      ['Strengthen oversight of children missing from care.', 'inspection'],
    ]);
  });

  it('the paper’s own numbered recommendations are the committee’s', () => {
    expect(
      found('Recommendation 1: That the Board notes the outcome of the inspection.\nRecommendation 2: To approve the improvement plan at Appendix A.\n'),
    ).toEqual([
      ['That the Board notes the outcome of the inspection.', 'committee'],
      ['To approve the improvement plan at Appendix A.', 'committee'],
    ]);
  });

  it.each([
    // a label named in prose, and a label over a grade
    'Recommendation 1 was discussed at length by members, who asked for a further update.\n',
    'Recommendation 3 of the peer review has been completed.\n',
  ])('%j gives none', (body) => {
    expect(found(body)).toEqual([]);
  });
});
