import { describe, expect, it } from 'vitest';
import { inspectionLabel, monthIndex, monthsApart, spanOfDateText } from '../../../lib/compare/inspection-dates';
import { familiesFor, familyOf, likeliestFamily } from '../../../lib/compare/framework-family';

const span = (from: [number, number], to: [number, number]) => ({ from: monthIndex(...from), to: monthIndex(...to) });

describe('dates as documents write them', () => {
  it.each([
    ['11 January to 8 February 2016', span([2016, 0], [2016, 1])],
    ['31 October to 11 November 2022', span([2022, 9], [2022, 10])],
    ['29 October 2018 to 9 November 2018', span([2018, 9], [2018, 10])],
    ['November/December 2011', span([2011, 10], [2011, 11])],
    ['Nov 2010', span([2010, 10], [2010, 10])],
    ['2018', span([2018, 0], [2018, 11])],
    ['2011/12', span([2011, 0], [2012, 11])],
    ['2016-04-05', span([2016, 3], [2016, 3])],
  ])('%s', (text, expected) => expect(spanOfDateText(text)).toEqual(expected));

  it('gives null without a year', () => {
    expect(spanOfDateText('previous')).toBeNull();
    expect(spanOfDateText(null)).toBeNull();
  });

  it('counts the months between spans, 0 when they overlap', () => {
    expect(monthsApart(spanOfDateText('April 2015')!, spanOfDateText('January to April 2016')!)).toBe(9);
    expect(monthsApart(spanOfDateText('2016')!, spanOfDateText('March 2016')!)).toBe(0);
  });

  it('labels every framework’s inspection by the month its own dates end, else publication month, else the text', () => {
    expect(inspectionLabel('2023-01-13', '31 October to 11 November 2022')).toBe('Nov 2022');
    expect(inspectionLabel('2017-06-13', '6 March to 30 March 2017')).toBe('Mar 2017');
    expect(inspectionLabel('2017-06-13', null)).toBe('Jun 2017');
    expect(inspectionLabel(null, '31 October to 11 November 2022')).toBe('Nov 2022');
    expect(inspectionLabel(null, '2018')).toBe('2018');
    expect(inspectionLabel(null, null)).toBe('date not given');
  });
});

describe('framework families', () => {
  it('names the family of a framework', () => {
    expect(familyOf('ILACS-short')).toBe('ILACS');
    expect(familyOf('SIF')).toBe('SIF');
    expect(familyOf('focused visit')).toBeNull();
  });

  it('allows a grade only on its own scale, for an area the framework grades, in its years', () => {
    expect(familiesFor('help_protection', 'adequate', spanOfDateText('January 2012'))).toEqual(['SLAC']);
    expect(familiesFor('help_protection', 'requires improvement', spanOfDateText('2018'))).toEqual(['SIF', 'ILACS']);
    expect(familiesFor('overall', 'satisfactory', spanOfDateText('2012'))).toEqual([]);
    expect(familiesFor('care_leavers', 'requires improvement', spanOfDateText('2012'))).toEqual([]);
    expect(familiesFor('adoption', 'good', spanOfDateText('Nov 2010'))).toEqual([]);
  });

  it('picks the family in use at the date', () => {
    expect(likeliestFamily(['SIF', 'ILACS'], spanOfDateText('2018'))).toBe('ILACS');
    expect(likeliestFamily(['SIF', 'ILACS'], spanOfDateText('2016'))).toBe('SIF');
  });
});
