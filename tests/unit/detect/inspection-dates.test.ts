import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../../lib/detect/detect-document';

// ILACS covers print inspection dates in two parts over lines when the inspection was split
// ("8 July 2019 to 12 July 2019 and 7 August 2019 to" / "8 August 2019"): the dates run on.
const HEAD = 'Derbyshire County Council\nInspection of children’s social care services\n';

describe('inspection dates on a report cover', () => {
  it('keeps a date range that runs on to the next line', () => {
    const text = `${HEAD}Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to\n8 August 2019\nLead inspector: A Inspector\n`;
    expect(detectDocument(text).inspectionDates).toBe('8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019');
  });

  it('leaves a complete range on one line as it is, and takes nothing from the next line', () => {
    const text = `${HEAD}Inspection dates: 31 October to 11 November 2022\n2 December 2022 meeting\n`;
    expect(detectDocument(text).inspectionDates).toBe('31 October to 11 November 2022');
  });
});
