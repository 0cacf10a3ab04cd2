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

  it('ends the dates at their last date where a flattened cover runs on into the grades or the publication date', () => {
    const school =
      'School report Anyshire Academy Inspection dates 13–14 June 2017 Overall effectiveness Inadequate Effectiveness of leadership and management Inadequate';
    expect(detectDocument(school).inspectionDates).toBe('13–14 June 2017');
    const page = `${HEAD}Inspection dates: 18 January to 8 February 2016 Report published: 5 April 2016\n`;
    expect(detectDocument(page).inspectionDates).toBe('18 January to 8 February 2016');
    const both = `${HEAD}Inspection dates: 5 March 2012 – 16 March 2012 Lead inspector: A Inspector\n`;
    expect(detectDocument(both).inspectionDates).toBe('5 March 2012 – 16 March 2012');
  });
});
