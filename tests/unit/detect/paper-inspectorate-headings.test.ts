import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// A paper's heading that names the inspectorate's recommendations ("Ofsted’s recommendations",
// "Recommendations from the inspection", "What Ofsted said we need to improve") opens the
// inspection's list, marked or with its markers lost; the paper's own "Recommendations" stay the
// committee's (invented wording, the shape of real cabinet reports and council pages).
const PAPER = 'Anyshire County Council\nCabinet\n12 March 2024\n\nOfsted inspected children’s services in January 2024.\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);

describe('a heading naming the inspectorate’s recommendations opens the inspection’s list', () => {
  it.each([
    ['Ofsted’s recommendations\n• Improve the quality of assessments for children in need.\n• Strengthen oversight of children missing from care.\n'],
    ['Recommendations from the inspection\n1. Improve the quality of assessments for children in need.\n2. Strengthen oversight of children missing from care.\n'],
    ['3. Ofsted recommendations\n\nImprove the quality of assessments for children in need.\n\nStrengthen oversight of children missing from care.\n\n4. Financial implications\n'],
    ['Areas for improvement identified by Ofsted\n- Improve the quality of assessments for children in need.\n- Strengthen oversight of children missing from care.\n'],
    ['What Ofsted said we need to improve\nImprove the quality of assessments for children in need.\nStrengthen oversight of children missing from care.\n'],
    ['The inspection’s recommendations\n• Improve the quality of assessments for children in need.\n• Strengthen oversight of children missing from care.\n'],
    ['What did Ofsted say we need to improve?\n• Improve the quality of assessments for children in need.\n• Strengthen oversight of children missing from care.\n'],
    ['What Ofsted said needs to improve\n• Improve the quality of assessments for children in need.\n• Strengthen oversight of children missing from care.\n'],
    ['What the inspectors recommended\n• Improve the quality of assessments for children in need.\n• Strengthen oversight of children missing from care.\n'],
    ['Recommendations for the local authority\n1. Improve the quality of assessments for children in need.\n2. Strengthen oversight of children missing from care.\n'],
    ['Ofsted have asked that we:\n• Improve the quality of assessments for children in need.\n• Strengthen oversight of children missing from care.\n'],
  ])('%j gives each item as the inspection’s', (body) => {
    expect(found(body)).toEqual([
      ['Improve the quality of assessments for children in need.', 'inspection'],
      ['Strengthen oversight of children missing from care.', 'inspection'],
    ]);
  });

  it.each([
    // the heading in a sentence, or the paper's own recommendations
    'Ofsted’s recommendations were discussed at the Improvement Board in May and progress has been good.\n',
    'Recommendations from the Scrutiny Panel\n1. That the Cabinet notes the report.\n',
  ])('%j gives no inspection recommendation', (body) => {
    expect(found(body).filter(([, s]) => s === 'inspection')).toEqual([]);
  });
});
