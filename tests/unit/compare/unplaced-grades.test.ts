// A paper that gives no date and names no framework (a news story about an inspection) must not
// invent inspections: its grades join an inspection Compare can place them in, or are listed once
// as not placed in time, and never enter a move.
import { describe, expect, it } from 'vitest';
import { areaMoves } from '../../../lib/compare/area-moves';
import { buildInspectionHistory } from '../../../lib/compare/inspections';
import { ilacs, judgement, source } from './make-source';

const sif2014 = source(
  'sif2014',
  { framework: 'SIF', inspectionDates: '11 March 2014 – 2 April 2014', kind: "children's services inspection" },
  [judgement('Overall effectiveness', 'requires improvement'), judgement('Children looked after', 'requires improvement')],
);
sif2014.judgements.push(judgement('Overall effectiveness of safeguarding services', 'inadequate', 'July 2012'));
const ilacs2018 = ilacs('ilacs2018', '9 to 20 July 2018', { 'Overall effectiveness': 'outstanding', 'Children in care': 'good' });
/** A news story: no date, no framework, no inspection discussed, three undated grades. */
const news = source('news', { kind: 'other' }, [
  judgement('Overall effectiveness', 'inadequate'),
  judgement('Overall effectiveness of safeguarding services', 'adequate'),
  judgement('Overall effectiveness', 'inadequate'),
  judgement('Services for looked after children', 'good'),
]);

describe('grades of a paper that cannot be placed in time', () => {
  const history = buildInspectionHistory([sif2014, ilacs2018, news]);

  it('makes no inspection without a date for them', () => {
    expect(history.inspections.filter((e) => !e.span && !e.label.includes('previous'))).toEqual([]);
    expect(history.inspections.map((e) => e.label)).toEqual(['Jul 2012', 'Apr 2014', 'Jul 2018']);
  });

  it('joins a grade to the inspection where its document’s other grades were placed', () => {
    expect(history.inspections[0]!.sources).toContain('news');
  });

  it('lists the others once, with their document, as not placed in time', () => {
    expect(history.unplacedGrades.map((g) => [g.key, g.grade, g.sourceId])).toEqual([
      ['overall', 'inadequate', 'news'],
      ['in_care', 'good', 'news'],
    ]);
  });

  it('never uses them in a move: 2018 is up from requires improvement (2014)', () => {
    const overall = areaMoves(history).filter((m) => m.key === 'overall');
    expect(overall.map((m) => [m.grade.grade, m.previous?.grade ?? null])).toEqual([
      ['requires improvement', null],
      ['outstanding', 'requires improvement'],
    ]);
  });
});

describe('one SLAC inspection named by its two parts', () => {
  it('makes the safeguarding and looked after children grades one document dates to July 2012 one SLAC inspection', () => {
    const report = source(
      'sif2014',
      { framework: 'SIF', inspectionDates: '11 March 2014 – 2 April 2014', kind: "children's services inspection" },
      [
        judgement('Overall effectiveness', 'requires improvement'),
        judgement('safeguarding', 'inadequate', 'July 2012'),
        judgement('looked after children', 'good', 'July 2012'),
      ],
    );
    const h = buildInspectionHistory([report]);
    const earlier = h.inspections.filter((e) => e.reported);
    expect(earlier.map((e) => [e.family, e.label])).toEqual([['SLAC', 'Jul 2012']]);
    expect(earlier[0]!.grades.help_protection!.grade).toBe('inadequate');
    expect(earlier[0]!.grades.in_care!.grade).toBe('good');
  });

  it('keeps a protection of children grade alone in its month a 2012–13 protection inspection', () => {
    const report = source(
      'sif2014',
      { framework: 'SIF', inspectionDates: '11 March 2014 – 2 April 2014', kind: "children's services inspection" },
      [judgement('Overall effectiveness', 'requires improvement'), judgement('safeguarding', 'inadequate', 'September 2012')],
    );
    expect(buildInspectionHistory([report]).inspections.filter((e) => e.reported).map((e) => e.family)).toEqual(['CP']);
  });
});
