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

describe('the paper’s next numbered paragraph or section ends a restated list', () => {
  it.each([
    [
      'The areas for improvement are:\n• The quality of supervision for social workers.\n• The timeliness of health assessments.\n2.4 An improvement plan will be presented to the Board.\n',
      ['The quality of supervision for social workers.', 'The timeliness of health assessments.'],
    ],
    [
      'Ofsted said the council needs to improve:\n1) the timeliness of child protection conferences;\n2) the quality of children’s plans.\n\n6. Financial implications\n6.1 There are none.\n',
      ['the timeliness of child protection conferences;', 'the quality of children’s plans.'],
    ],
    [
      '2.1 The report recommends that the local authority:\na) improves the quality of assessments;\nb) strengthens management oversight.\n3. Next steps and monitoring arrangements\n3.1 The action plan will be monitored by the Improvement Board.\n',
      ['improves the quality of assessments;', 'strengthens management oversight.'],
    ],
  ])('%j gives the list’s items only', (body, want) => {
    expect(found(body)).toEqual(want.map((q) => [q, 'inspection']));
  });

  it('a list numbered "2.1", "2.2" keeps its own numbering', () => {
    expect(
      found('The report made the following recommendations:\n2.1 Improve the quality of pathway plans for care leavers.\n2.2 Improve the timeliness of health assessments.\n'),
    ).toEqual([
      ['Improve the quality of pathway plans for care leavers.', 'inspection'],
      ['Improve the timeliness of health assessments.', 'inspection'],
    ]);
  });
});

describe('sub-paragraph numbers and bare numbers in a restated list', () => {
  it('items numbered "2.3.1", "2.3.2" end at the next paragraph "2.4"', () => {
    expect(
      found('2.3 Ofsted identified the following areas for improvement:\n2.3.1 The quality of plans for children in need.\n2.3.2 Management oversight of casework.\n2.4 The council accepts these findings.\n'),
    ).toEqual([
      ['The quality of plans for children in need.', 'inspection'],
      ['Management oversight of casework.', 'inspection'],
    ]);
  });

  it('items under bare numbers ("1." on its own line) end at a numbered section that does not run on', () => {
    expect(
      found('The inspection made the following recommendations:\n\n1.\n\nImprove the quality of plans for children in need.\n\n2.\n\nStrengthen management oversight of casework.\n\n6. Financial implications\n6.1 There are none.\n'),
    ).toEqual([
      ['Improve the quality of plans for children in need.', 'inspection'],
      ['Strengthen management oversight of casework.', 'inspection'],
    ]);
  });
});
