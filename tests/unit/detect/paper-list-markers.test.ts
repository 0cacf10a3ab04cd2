import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { ITEM_MARKER } from '../../../lib/detect/recommendation-rules';

// The markers council papers put before a restated list's items, as word processors and PDF text give
// them: roman numerals with a stop ("ii."), capital letters ("B.", "(B)"), arrow and symbol-font bullets
// ("➢", "", "►") and a sub-list's "o" (invented wording, the shapes of real committee reports).
const PAPER = 'Anyshire County Council\nScrutiny Committee\n12 March 2024\n\nOfsted inspected children’s services in January 2024.\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);
const LEAD = 'Ofsted identified the following areas for improvement:\n';
const A = 'the quality of supervision for frontline staff';
const B = 'the timeliness of initial health assessments';
const C = 'the stability of the social work workforce';

describe('each marker is read off its item', () => {
  it.each([
    [`i. ${A}\nii. ${B}\niii. ${C}\n`],
    [`A. ${A}\nB. ${B}\nC. ${C}\n`],
    [`(A) ${A}\n(B) ${B}\n(C) ${C}\n`],
    [`➢ ${A}\n➢ ${B}\n➢ ${C}\n`],
    [`\u{f0b7}\t${A}\n\u{f0b7}\t${B}\n\u{f0b7}\t${C}\n`],
    [`► ${A}\n► ${B}\n► ${C}\n`],
    [`o ${A}\no ${B}\no ${C}\n`],
  ])('%j gives the three items without their markers', (list) => {
    expect(found(LEAD + list)).toEqual([A, B, C].map((q) => [q, 'inspection']));
  });

  it.each(['I am pleased to report', 'In 2019 the service', 'o’clock meetings', 'Asked about the report'])('%j has no marker', (line) => {
    expect(ITEM_MARKER.test(line)).toBe(false);
  });
});
