import { describe, expect, it } from 'vitest';
import { discussedInspection } from '../../../lib/detect/discussed-inspection';

// A news item about a monitoring or focused visit: the inspection it discusses is that visit, named
// as such, even where the visit words come late in the date's long sentence (invented wording).
describe('the visit kind of the inspection a news item discusses', () => {
  it.each([
    [
      'On 4 and 5 February 2025 Anytown’s children’s services team hosted inspectors from Ofsted, who came to the town to carry out a third monitoring visit since the council was judged inadequate.',
      'ILACS monitoring visit',
    ],
    [
      'Between 10 and 11 June 2024 two Ofsted inspectors spent time with the council and its partners across the wider children’s partnership on a monitoring visit of services for children in care.',
      'ILACS monitoring visit',
    ],
    [
      'During 2 to 4 October 2023, Ofsted inspectors met staff across the borough’s early help and front door services and families they work with, as part of a focused visit.',
      'ILACS focused visit',
    ],
  ])('%s', (text, framework) => {
    expect(discussedInspection(text)?.framework).toBe(framework);
  });

  it('a full inspection stays a full inspection', () => {
    expect(
      discussedInspection(
        'Between 3 and 14 March 2025 Ofsted inspectors carried out a full inspection of Anytown’s services for children.',
      )?.framework,
    ).toBe('ILACS');
  });
});

describe('a visit the sentence names as earlier does not make the inspection a visit', () => {
  it('"… following the focused visit last year"', () => {
    expect(
      discussedInspection(
        'Between 3 and 14 March 2025 Ofsted inspectors carried out a full inspection of Anytown’s services for children, following the focused visit of the year before.',
      )?.framework,
    ).toBe('ILACS');
  });
});
