import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Committee reports number their paragraphs ("2.1", "3.") and restate an inspection's recommendations
// as a list after a numbered paragraph's lead-in; the paper's next numbered paragraph or section ends
// that list (invented wording, the shape of real cabinet and scrutiny reports).
const PAPER =
  'Anyshire County Council\nChildren and Young People Scrutiny Committee\n12 March 2024\n\n1. Purpose of the report\n1.1 To update members on the Ofsted inspection of children’s services in January 2024.\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);

describe('a numbered paragraph that ends in a lead-in opens the list after it', () => {
  it.each([
    [
      '2. Findings\n2.1 Ofsted identified the following areas for improvement:\na) The timeliness of assessments for disabled children.\nb) The consistency of management oversight.\n',
      ['The timeliness of assessments for disabled children.', 'The consistency of management oversight.'],
    ],
    [
      '3.2 The report recommends that the local authority:\n1. Improves the quality of plans for children in need.\n2. Strengthens oversight of children placed in unregistered homes.\n',
      ['Improves the quality of plans for children in need.', 'Strengthens oversight of children placed in unregistered homes.'],
    ],
    [
      '3.3 Inspectors identified two areas for development:\n- the consistency of supervision for frontline social workers\n- the quality of pathway plans for care leavers\n',
      ['the consistency of supervision for frontline social workers', 'the quality of pathway plans for care leavers'],
    ],
    [
      '4. Ofsted said the council needs to improve:\n• the stability of the workforce\n• the quality of return home interviews\n',
      ['the stability of the workforce', 'the quality of return home interviews'],
    ],
  ])('%j gives each item', (body, want) => {
    expect(found(body)).toEqual(want.map((q) => [q, 'inspection']));
  });

  it.each([
    // a numbered paragraph whose colon opens a grade table, not a list of recommendations
    '2.1 The judgements for each area are set out below:\nHelp and protection\tGood\nChildren in care\tGood\n',
    // a numbered paragraph whose colon opens the council's own achievements
    '2.2 Inspectors praised the following strengths:\n• stable leadership\n• a skilled workforce\n',
  ])('%j gives none', (body) => {
    expect(found(body)).toEqual([]);
  });
});
