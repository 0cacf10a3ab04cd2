import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// More wordings of the line that opens a restated list of an inspection's recommendations in a
// committee report: the list named with whom it is for ("the following recommendations for the local
// authority:"), named as made ("Three recommendations were made:"), "what needs to improve", the
// inspection's letter asking ("The judgement letter notes that the council should:") and what Ofsted
// "would like to see improved" (invented wording, the shapes of real cabinet and scrutiny reports).
const PAPER =
  'Anyshire County Council\nScrutiny Committee\n12 March 2024\n\n1.1 To inform members of the outcome of the Ofsted inspection of children’s services in January 2024.\n\n2.1 The service was judged good overall.\n\n';
const LIST = '• improve the quality of supervision for staff\n• strengthen the response to homeless young people\n\n3. Financial implications\n3.1 None.\n';
const found = (lead: string) => detectReport(`${PAPER}${lead}\n${LIST}`).recommendations.map((r) => [r.quote, r.source]);

describe('each lead-in opens the inspection’s list', () => {
  it.each([
    'The report makes the following recommendations for the local authority:',
    'Three recommendations were made:',
    'The following recommendations were made:',
    'The report sets out what needs to improve:',
    'The judgement letter notes that the council should:',
    'The areas Ofsted would like to see improved are:',
  ])('%j', (lead) => {
    expect(found(lead)).toEqual([
      ['improve the quality of supervision for staff', 'inspection'],
      ['strengthen the response to homeless young people', 'inspection'],
    ]);
  });

  it.each([
    'The following improvements were made:',
    'The report sets out what has improved since the last inspection:',
    'Ofsted would like to see the following strengths maintained:',
  ])('%j opens none', (lead) => {
    expect(found(lead)).toEqual([]);
  });
});

describe('a lead-in that points below ("… are set out below:") opens the list and is no area itself', () => {
  it.each([
    'The areas for improvement are set out below:',
    'The areas for development are shown below:',
    'The report’s recommendations are listed below:',
    'Ofsted’s recommendations are summarised below:',
  ])('%j', (lead) => {
    expect(found(lead)).toEqual([
      ['improve the quality of supervision for staff', 'inspection'],
      ['strengthen the response to homeless young people', 'inspection'],
    ]);
  });
});
