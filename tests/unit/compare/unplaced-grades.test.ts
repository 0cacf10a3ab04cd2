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
    expect(
      buildInspectionHistory([report])
        .inspections.filter((e) => e.reported)
        .map((e) => e.family),
    ).toEqual(['CP']);
  });
});

describe('an undated story beside a paper that dates one inspection, and no report', () => {
  /** Invented: a story of an early inspection that gives no year, and a blog dating only the last-but-one inspection. */
  const story = source('story', { kind: 'other' }, [
    judgement('Overall effectiveness', 'inadequate'),
    judgement('leadership and management of safeguarding', 'inadequate'),
    judgement('safeguarding', 'adequate'),
    judgement('Services for looked after children', 'good'),
  ]);
  const blog = source('blog', { kind: 'other' }, [
    judgement('Overall effectiveness', 'outstanding', '2018'),
    judgement('Overall effectiveness', 'outstanding'),
  ]);

  it('never puts the story’s grades into the inspection the blog dates', () => {
    const h = buildInspectionHistory([story, blog]);
    expect(h.inspections.map((e) => [e.label, e.family])).toEqual([['2018', 'ILACS']]);
    expect(h.inspections[0]!.sources).toEqual(['blog']);
    expect(Object.values(h.inspections[0]!.grades).map((g) => g.sourceId)).toEqual(['blog']);
    expect(h.inspections[0]!.disagreements).toEqual([]);
  });

  it('lists each of the story’s grades once as not placed in time', () => {
    const h = buildInspectionHistory([story, blog]);
    expect(h.unplacedGrades.map((g) => [g.key, g.grade, g.sourceId])).toEqual([
      ['overall', 'inadequate', 'story'],
      ['leaders', 'inadequate', 'story'],
      ['help_protection', 'adequate', 'story'],
      ['in_care', 'good', 'story'],
    ]);
  });

  it('still joins the story to the one early inspection its adequate grade can be of, with the reports saved', () => {
    const h = buildInspectionHistory([
      story,
      blog,
      sif2014,
      ilacs2018,
      ilacs('ilacs2023', '6 to 17 February 2023', { 'Overall effectiveness': 'outstanding' }),
    ]);
    const early = h.inspections.find((e) => e.label === 'Jul 2012')!;
    expect(early.sources).toContain('story');
    expect(early.grades.leaders!.sourceId).toBe('story');
    expect(h.inspections.filter((e) => e.family === 'ILACS').every((e) => !e.sources.includes('story'))).toBe(true);
    // The 2012–13 protection inspection grades neither of these.
    expect(h.unplacedGrades.map((g) => [g.key, g.grade])).toEqual([
      ['overall', 'inadequate'],
      ['in_care', 'good'],
    ]);
  });
});
