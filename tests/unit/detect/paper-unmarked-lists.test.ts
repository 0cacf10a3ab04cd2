import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// A restated list whose markers were lost, one item a paragraph: an item may hold a relative clause
// with its own verb ("The response to children who are privately fostered."), which is no finished
// statement (invented wording, the shape of council web pages copied as text).
const PAPER = 'Anyshire County Council\nScrutiny Committee\n12 March 2024\n\nOfsted inspected children’s services in January 2024.\n\n';
const found = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);

describe('unmarked items spaced by blank lines may hold a relative clause', () => {
  it('gives each item', () => {
    expect(
      found(
        'The inspection identified the following areas which require improvement:\n\nThe response to children who are privately fostered.\n\nThe quality of plans for children who have been in care for a long time.\n\n3. Financial implications\n',
      ),
    ).toEqual([
      ['The response to children who are privately fostered.', 'inspection'],
      ['The quality of plans for children who have been in care for a long time.', 'inspection'],
    ]);
  });

  it('a finished statement after the lead-in is still none', () => {
    expect(
      found('Ofsted identified the following areas for improvement:\n\nThe council has accepted the findings.\n\nThe director is confident about progress.\n'),
    ).toEqual([]);
  });
});

describe('a paper’s "Areas for priority action" heading over lines whose markers were lost', () => {
  it('gives each line', () => {
    expect(
      found(
        'Areas for priority action\nThe local authority should ensure that children at risk of significant harm are seen promptly.\nThe local authority should improve management oversight of the front door.\n\n3. Financial implications\n',
      ),
    ).toEqual([
      ['The local authority should ensure that children at risk of significant harm are seen promptly.', 'inspection'],
      ['The local authority should improve management oversight of the front door.', 'inspection'],
    ]);
  });

  it('a paragraph of prose under it is none', () => {
    expect(found('Areas for priority action\nThere were none. The director said she was pleased with the outcome.\n')).toEqual([]);
  });
});
