import { beforeAll, describe, expect, it } from 'vitest';
import { buildInspectionHistory } from '../../../lib/compare/inspections';
import type { InspectionHistory } from '../../../lib/compare/inspection-types';
import { authorityByCode } from '../../../lib/model/authorities';
import { dudleyReport } from './dudley';
import { ilacs, judgement, recommendation, source } from './make-source';

describe('Dudley: one history of inspections from five documents', () => {
  let history: InspectionHistory;
  beforeAll(async () => {
    const keys = ['cabinet2012', 'commissioner2016', 'ofsted2016', 'ofsted2018', 'ofsted2023'] as const;
    history = buildInspectionHistory(await Promise.all(keys.map(dudleyReport)));
  }, 120_000);
  const find = (family: string, year: string) => history.inspections.find((e) => e.family === family && e.id.includes(year));

  it('has exactly the 2011/12 SLAC, 2016 SIF, 2018 ILACS and 2022 ILACS inspections, oldest first', () => {
    // The cabinet paper discusses the SLAC inspection of 28 November to 9 December 2011 (published January 2012).
    expect(history.inspections.map((e) => `${e.family} ${e.label}`)).toEqual([
      'SLAC Dec 2011',
      'SIF Feb 2016',
      'ILACS Nov 2018',
      'ILACS Nov 2022',
    ]);
  });

  it('attaches the paper that dates the 2016 inspection "April 2015" to 2016: no 2015 column', () => {
    expect(history.inspections.some((e) => e.label.includes('2015'))).toBe(false);
    expect(find('SIF', '2016')!.sources).toContain('commissioner2016');
  });

  it('never takes "satisfactory" from the commissioner’s prose', () => {
    const grades = history.inspections.flatMap((e) => Object.values(e.grades).map((g) => g!.grade));
    expect(grades).not.toContain('satisfactory');
  });

  it('marks the SLAC inspection, known only from papers, as reported, with who reported it', () => {
    const slac = find('SLAC', '2011')!;
    expect(slac.reported).toBe(true);
    expect(slac.reportedBy).toEqual(
      expect.arrayContaining([expect.stringMatching(/cabinet/), expect.stringMatching(/commissioner/)]),
    );
    expect(slac.grades.help_protection).toMatchObject({ grade: 'adequate', reported: true });
    expect(slac.grades.in_care).toMatchObject({ grade: 'good', reported: true });
  });

  it('takes the inspection’s grades from its own report; a paper’s different grade never overrides it', () => {
    const sif = find('SIF', '2016')!;
    expect(sif.reported).toBe(false);
    expect(sif.grades.in_care).toMatchObject({ grade: 'inadequate', sourceId: 'ofsted2016', reported: false });
    // The commissioner's report recounts the 2012 "good" for looked after children under its "Outcome of
    // Ofsted 2012" heading: an earlier grade, so no longer a disagreement with the 2016 inspection.
    expect(
      sif.disagreements.some((d) => d.key === 'in_care' && d.grade.sourceId === 'commissioner2016' && d.grade.grade === 'good'),
    ).toBe(false);
    expect(sif.grades.care_leavers!.grade).toBe('requires improvement');
    // SIF has no capacity judgement: the commissioner's 2012 "capacity … good" does not land here.
    expect(sif.grades.capacity).toBeUndefined();
  });

  it('splits ILACS children in care and care leavers into both rows', () => {
    const i2018 = find('ILACS', '2018')!;
    expect(i2018.grades.in_care!.grade).toBe('good');
    expect(i2018.grades.care_leavers!.grade).toBe('good');
    expect(i2018.inspectionDates).toBe('29 October 2018 to 9 November 2018');
  });

  it('dates the 2012 recommendations that the 2016 paper quotes as 2012, once, and leaves out committee resolutions', () => {
    const all = history.inspections.flatMap((e) => e.recommendations);
    expect(all.some((r) => /Cabinet/.test(r.quote))).toBe(false);
    const iro = all.filter((r) => /sufficient IRO capacity/i.test(r.quote));
    expect(iro).toHaveLength(1);
    expect(find('SLAC', '2011')!.recommendations).toContainEqual(expect.objectContaining({ quote: iro[0]!.quote }));
    expect(find('SIF', '2016')!.recommendations.filter((r) => r.source === 'review').length).toBeGreaterThan(0);
  });
});

describe('placing quoted grades', () => {
  const report2018 = ilacs('r2018', '29 October to 9 November 2018', {
    'The impact of leaders on social work practice': 'good',
    'Overall effectiveness': 'requires improvement',
  });

  it('attaches a later report’s "since the last inspection in 2018" grade to the stored 2018 inspection', () => {
    const later = ilacs('r2022', '3 to 14 October 2022', { 'Overall effectiveness': 'good' });
    later.judgements.push(judgement('Overall effectiveness', 'requires improvement', '2018'));
    const h = buildInspectionHistory([later, report2018]);
    expect(h.inspections).toHaveLength(2);
    expect(h.inspections[0]!.sources).toEqual(['r2018', 'r2022']);
  });

  it('makes a reported inspection for a quoted grade of an inspection not stored, placed before the quoting one', () => {
    const later = ilacs('r2022', '3 to 14 October 2022', { 'Overall effectiveness': 'good' });
    later.judgements.push(judgement('Overall effectiveness', 'inadequate', 'previous'));
    const h = buildInspectionHistory([later]);
    expect(h.inspections.map((e) => [e.reported, e.label])).toEqual([
      [true, 'previous inspection'],
      [false, 'Oct 2022'],
    ]);
    expect(h.inspections[0]!.grades.overall).toMatchObject({ grade: 'inadequate', reportedBy: 'r2022' });
  });

  it('never makes a second column when two papers quote one unstored inspection with different dates', () => {
    const a = source('a', {}, [judgement('Overall effectiveness', 'inadequate', 'March 2019')]);
    const b = source('b', {}, [judgement('Overall effectiveness', 'inadequate', '2019')]);
    expect(buildInspectionHistory([a, b]).inspections).toHaveLength(1);
  });

  it('gives a paper’s own grades to the inspection it discusses, never to the paper’s date', () => {
    const paper = source(
      'minutes',
      {
        kind: 'council paper',
        publicationDate: '2019-03-01',
        discusses: { framework: 'ILACS', date: 'November 2018' },
      },
      [judgement('Overall effectiveness', 'requires improvement')],
    );
    const h = buildInspectionHistory([paper, report2018]);
    expect(h.inspections).toHaveLength(1);
    expect(h.inspections[0]!.sources).toEqual(['r2018', 'minutes']);
  });

  it('falls back to the paper’s stated dates when it does not say which inspection it discusses', () => {
    const paper = source('paper', { kind: 'council paper', framework: 'ILACS', inspectionDates: 'October 2018' }, [
      judgement('Overall effectiveness', 'requires improvement'),
    ]);
    const h = buildInspectionHistory([paper]);
    expect(h.inspections.map((e) => [e.reported, e.family, e.label])).toEqual([[true, 'ILACS', 'Oct 2018']]);
  });

  it('keeps a quote more than a year outside an inspection’s months apart from it', () => {
    const far = source('far', {}, [judgement('Overall effectiveness', 'inadequate', 'March 2021')]);
    expect(buildInspectionHistory([report2018, far]).inspections).toHaveLength(2);
  });

  it('drops grades on no children’s services scale, and areas the framework does not grade', () => {
    const paper = source('p', {}, [
      judgement('Overall effectiveness', 'satisfactory', '2012'),
      judgement('Adoption', 'good', 'Nov 2010'),
    ]);
    expect(buildInspectionHistory([paper]).inspections).toHaveLength(0);
  });

  it('includes a predecessor authority’s inspections in its successor’s history, and leaves out others', () => {
    const poole = { ...ilacs('poole', 'May 2018', { 'Overall effectiveness': 'good' }) };
    poole.document = { ...poole.document, authority: 'Poole', authorityUrn: '836' };
    const bcp = ilacs('bcp', 'July 2021', { 'Overall effectiveness': 'inadequate' });
    bcp.document = { ...bcp.document, authority: 'Bournemouth, Christchurch and Poole', authorityUrn: '839' };
    const h = buildInspectionHistory([poole, bcp, report2018], { authority: authorityByCode('839')! });
    expect(h.inspections.map((e) => e.sources[0])).toEqual(['poole', 'bcp']);
  });

  it('keeps committee resolutions out of an inspection’s recommendations', () => {
    const r = ilacs('r', 'May 2018', { 'Overall effectiveness': 'good' });
    r.recommendations.push(recommendation('That Cabinet receives progress reports.', 'committee'));
    expect(buildInspectionHistory([r]).inspections[0]!.recommendations).toHaveLength(0);
  });

  it('keeps a recommendation a later report repeats word for word (only papers’ quotes are merged)', () => {
    const rec = 'Management oversight and supervision, to ensure the quality of children’s records.';
    const a = ilacs('a', 'May 2018', { 'Overall effectiveness': 'good' }, [rec]);
    const b = ilacs('b', 'May 2021', { 'Overall effectiveness': 'good' }, [rec]);
    expect(buildInspectionHistory([a, b]).inspections.map((e) => e.recommendations.length)).toEqual([1, 1]);
  });

  it('gives every inspection its own id, even two reported ones of the same family and month label', () => {
    const a = ilacs('a', 'May 2021', { 'Overall effectiveness': 'good' });
    a.judgements.push(judgement('Overall effectiveness', 'inadequate', 'previous'));
    const b = ilacs('b', 'May 2024', { 'Overall effectiveness': 'good' });
    b.judgements.push(judgement('Overall effectiveness', 'requires improvement', '2016'));
    const c = source('c', {}, [judgement('Overall effectiveness', 'inadequate', 'previous')]);
    const ids = buildInspectionHistory([a, b, c]).inspections.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
