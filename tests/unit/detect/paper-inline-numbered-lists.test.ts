import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// A list run into its sentence with inline markers: "Ofsted made the following recommendations: (1)
// improve A; (2) strengthen B; and (3) ensure C." Each item is read without its marker (invented
// wording, the shape of real committee reports and minutes).
const PAPER = 'Anyshire County Council\nScrutiny Committee\n12 March 2024\n\nOfsted inspected children’s services in January 2024.\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);

describe('inline markers in a run-in list', () => {
  it.each([
    [
      'Ofsted made the following recommendations: (1) improve the quality of supervision; (2) strengthen the response to homeless 16 and 17 year olds; and (3) ensure care leavers receive their entitlements.\n',
      ['improve the quality of supervision', 'strengthen the response to homeless 16 and 17 year olds', 'ensure care leavers receive their entitlements'],
    ],
    [
      'The inspectors identified three areas for improvement: (i) the quality of supervision; (ii) the timeliness of assessments; and (iii) pathway planning for care leavers.\n',
      ['the quality of supervision', 'the timeliness of assessments', 'pathway planning for care leavers'],
    ],
  ])('%j gives each item without its marker', (body, want) => {
    expect(found(body)).toEqual(want.map((q) => [q, 'inspection']));
  });
});
