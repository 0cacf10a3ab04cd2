import { describe, expect, it } from 'vitest';
import { discussedLabel } from '../../../lib/model/describe-finding';
import { detectReport } from '../../../lib/detect/detect-report';

// The panel's "Inspection discussed" line for a news item about a monitoring visit says it was a
// visit, so nobody reads it as a full inspection (invented wording).
describe('"Inspection discussed" for a visit', () => {
  it('names the monitoring visit', () => {
    const text =
      'Anytown Council news\n\nOn 4 and 5 February 2025 Anytown’s children’s services team hosted inspectors from Ofsted, who came to the town to carry out a third monitoring visit since the council was judged inadequate.\n';
    const label = discussedLabel(detectReport(text).document);
    expect(label).toContain('monitoring visit');
    expect(label).toContain('4 and 5 February 2025');
  });
});
