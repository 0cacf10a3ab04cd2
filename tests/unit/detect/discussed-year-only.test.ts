import { describe, expect, it } from 'vitest';
import { discussedInspection } from '../../../lib/detect/discussed-inspection';
import { detectReport } from '../../../lib/detect/detect-report';

// A news item that dates the inspection it reports by a date set before it ("The 2021 inspection by
// Ofsted", "followed a June 2013 surprise visit"): that is the inspection
// it discusses, when it dates no inspection by month. Invented wording, real shapes of news items.
const date = (text: string) => discussedInspection(text)?.date ?? null;

describe('the inspection a news item discusses, dated by its year', () => {
  it.each([
    ['The 2021 inspection by Ofsted marked the county’s services as ‘good’ but flagged up areas for improvement.', '2021'],
    [
      'Ofsted’s second inadequate inspection of the council’s children’s services followed a June 2013 surprise visit.',
      'June 2013',
    ],
  ])('%s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it('not an inspection called earlier, nor one planned, nor when a month-dated one is found', () => {
    expect(date('Services have improved since the last inspection in 2019.')).toBeNull();
    expect(date('The council expects the next inspection in 2026.')).toBeNull();
    expect(date('Services were rated inadequate when the department was inspected in 2015.')).toBeNull();
    expect(date('Children were found to be at risk during their 2015 visit.')).toBeNull();
    expect(date('The 2019 inspection rated services inadequate. Ofsted returned in May 2022 for a new inspection.')).toBe(
      'May 2022',
    );
  });

  it('grades dated by that year are the discussed inspection’s', () => {
    const text =
      'Plan to secure a high grade in the next inspection of Anyshire children’s services\n\nThe 2021 inspection by Ofsted marked Anyshire County Council’s provision of the services as ‘good’.\n\nA report published in February 2021 marked Anyshire as ‘good’ in all areas.\n';
    expect(detectReport(text).judgements.filter((j) => j.inspection !== null)).toEqual([]);
  });
});
