// An earlier grade a document marks as "previous" ("the council has left its 'inadequate' rating
// behind") is the last inspection before the one the document discusses. A document that gives no
// date and discusses no dated inspection cannot say which inspection that was: its earlier grades are
// listed once as not placed in time, never made inspections of their own between dated ones, and
// never enter a move.
import { describe, expect, it } from 'vitest';
import { areaMoves } from '../../../lib/compare/area-moves';
import { buildInspectionHistory } from '../../../lib/compare/inspections';
import { ilacs, judgement, source } from './make-source';

const sif = source('sif', { framework: 'SIF', inspectionDates: '2 to 13 June 2015', kind: "children's services inspection" }, [
  judgement('Overall effectiveness', 'requires improvement'),
]);
const first = ilacs('first', '4 to 15 February 2019', { 'Overall effectiveness': 'inadequate' });
const second = ilacs('second', '3 to 14 October 2022', { 'Overall effectiveness': 'requires improvement' });
/** A story with no date: its headline and first line both say the old grade was left behind. */
const story = () =>
  source('story', { kind: 'other' }, [
    judgement('Overall effectiveness', 'inadequate', 'previous'),
    judgement('Overall effectiveness', 'inadequate', 'previous'),
    judgement('Overall effectiveness', 'requires improvement'),
  ]);

describe('earlier grades of an undated document', () => {
  const history = buildInspectionHistory([sif, first, second, story()]);

  it('makes no inspection of them', () => {
    expect(history.inspections.map((e) => [e.label, e.reported])).toEqual([
      ['Jun 2015', false],
      ['Feb 2019', false],
      ['Oct 2022', false],
    ]);
  });

  it('computes no move against them', () => {
    const overall = areaMoves(history).filter((m) => m.key === 'overall');
    expect(overall.map((m) => m.previous?.label ?? null)).toEqual([null, 'Jun 2015', 'Feb 2019']);
  });

  it('lists the earlier grade once, as an earlier inspection’s, not placed in time', () => {
    const earlier = history.unplacedGrades.filter((g) => g.earlier);
    expect(earlier.map((g) => [g.key, g.grade, g.sourceId])).toEqual([['overall', 'inadequate', 'story']]);
  });

  it('makes no inspection of them when no report is stored either', () => {
    const alone = buildInspectionHistory([story()]);
    expect(alone.inspections).toEqual([]);
    expect(alone.unplacedGrades.map((g) => [g.grade, g.earlier])).toEqual([
      ['inadequate', true],
      ['requires improvement', false],
    ]);
  });
});

describe('earlier grades of a document that discusses a dated inspection', () => {
  const paper = () =>
    source('paper', { kind: 'other', discusses: { framework: 'ILACS-standard', date: 'October 2022' } }, [
      judgement('Overall effectiveness', 'inadequate', 'previous'),
      judgement('Leaders', 'inadequate', 'previous'),
      judgement('Overall effectiveness', 'requires improvement'),
    ]);

  it('are the stored inspection before it, whose own grade stays first', () => {
    const h = buildInspectionHistory([sif, first, second, paper()]);
    expect(h.inspections.map((e) => e.label)).toEqual(['Jun 2015', 'Feb 2019', 'Oct 2022']);
    expect(h.inspections[1]!.sources).toEqual(['first', 'paper']);
    expect(h.inspections[1]!.grades.overall).toMatchObject({ grade: 'inadequate', reported: false });
  });

  it('are one reported inspection per document, just before the one discussed, when none is stored', () => {
    const h = buildInspectionHistory([paper()]);
    const reported = h.inspections.filter((e) => e.reported);
    expect(reported).toHaveLength(2);
    expect(h.inspections.map((e) => e.label)).toEqual(['previous inspection', 'Oct 2022']);
    expect(h.inspections[0]!.grades.overall).toMatchObject({ grade: 'inadequate', reportedBy: 'paper' });
  });
});
