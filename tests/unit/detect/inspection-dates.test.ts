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

  it('spells out numeric day/month/year cover dates (some SIF covers) as the other covers write them', () => {
    const sif =
      'Anyshire\nInspection of services for children in need of help and protection, children looked after and care leavers\n';
    const dash = detectDocument(`${sif}Inspection date: 3/02/2014 – 27/02/2014\nReport published: 9/04/2014\n`);
    expect(dash.inspectionDates).toBe('3 February 2014 – 27 February 2014');
    expect(dash.publicationDate).toBe('2014-04-09');
    const to = detectDocument(`${sif}Inspection dates: 07/11/2016 to 01/12/2016\nReport published: 20/01/2017\n`);
    expect(to.inspectionDates).toBe('7 November 2016 to 1 December 2016');
    expect(to.publicationDate).toBe('2017-01-20');
    expect(detectDocument(`${sif}Inspection dates: 14/9/2015 - 8/10/2015 Report published: 12/11/2015\n`).inspectionDates).toBe(
      '14 September 2015 - 8 October 2015',
    );
  });

  it('leaves numbers that are not a day and a month as they are', () => {
    const sif =
      'Anyshire\nInspection of services for children in need of help and protection, children looked after and care leavers\n';
    expect(detectDocument(`${sif}Report published: 45/13/2014\n`).publicationDate).toBeNull();
  });
});
