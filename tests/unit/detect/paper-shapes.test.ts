import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Shapes of council papers and news items (invented wording, real shapes): each input is a short
// paper, so the paper-only wording is read.
const PAPER = 'Agenda item\n\nChildren and Young People Scrutiny Committee\n\n';
const judgements = (body: string) =>
  detectReport(PAPER + body).judgements.map((j) => ({ areaKey: j.areaKey, grade: j.grade, inspection: j.inspection }));
const recommendations = (body: string) => detectReport(PAPER + body).recommendations.map((r) => [r.quote, r.source]);

describe('judgements in papers and news', () => {
  it('a change of grade: the grade left behind keeps its own date, the new one is current', () => {
    expect(
      judgements(
        "Ofsted have upgraded the department's rating from the 'inadequate' awarded in 2013 and 2015, to 'requires improvement'.",
      ),
    ).toEqual([
      { areaKey: 'overall', grade: 'inadequate', inspection: '2013 and 2015' },
      { areaKey: 'overall', grade: 'requires improvement', inspection: null },
    ]);
  });

  it('an improvement from an earlier rating does not date the new one', () => {
    const found = judgements(
      'The ‘good’ rating is an improvement from the ‘adequate’ rating that was awarded following the last Ofsted inspection in November 2012.',
    );
    expect(found).toContainEqual({ areaKey: 'overall', grade: 'good', inspection: null });
    expect(found).toContainEqual({ areaKey: 'overall', grade: 'adequate', inspection: 'November 2012' });
  });

  it('an aim or another authority’s grade is no judgement', () => {
    expect(judgements('The Director recognised the Authority still had work to do to achieve a good rating.')).toEqual([]);
    expect(judgements('No authority in the country has been judged ‘outstanding’ overall since 2013.')).toEqual([]);
  });

  it('the older column of a comparison table is dated with its year', () => {
    const found = judgements('2024 Grade\n\n2019 Grade\n\nOverall effectiveness\n\nGood\n\nRequires Improvement to be Good\n');
    expect(found).toContainEqual({ areaKey: 'overall', grade: 'good', inspection: null });
    expect(found).toContainEqual({ areaKey: 'overall', grade: 'requires improvement', inspection: '2019' });
  });

  it('"the inadequate judgement of 2015" is an earlier grade of the subject’s area, also in a report', () => {
    const found = detectReport(
      'Services for children and families in need of help and protection have not improved\nenough from the inadequate judgement of 2015.',
    ).judgements.map((j) => ({ areaKey: j.areaKey, grade: j.grade, inspection: j.inspection }));
    expect(found).toEqual([{ areaKey: 'help_protection', grade: 'inadequate', inspection: '2015' }]);
  });

  it('news wording is not read in an Ofsted report', () => {
    const report =
      'Inspection of Anyshire children’s services\n\nInspection dates: 3 to 14 March 2025\n\nLead inspector: Inspector A\n\n';
    expect(detectReport(report + 'Carers gave the service a ‘good’ rating for its training.').judgements).toEqual([]);
  });
});

describe('recommendations restated in papers', () => {
  it('a run-in list after "Areas for development:" gives one item each, source inspection', () => {
    expect(
      recommendations('- Areas for development: return home interviews, the local offer for care leavers, and case recording.\n'),
    ).toEqual([
      ['return home interviews', 'inspection'],
      ['the local offer for care leavers', 'inspection'],
      ['case recording', 'inspection'],
    ]);
  });

  it('numbered resolutions after "It was moved, seconded and" are the committee’s', () => {
    const found = recommendations(
      'It was moved, seconded and\n\n1.  That the report be noted.\n\n2.  That it be noted that the service was good.\n',
    );
    expect(found).toEqual([
      ['That the report be noted.', 'committee'],
      ['That it be noted that the service was good.', 'committee'],
    ]);
  });

  it('one recommendation named in a sentence', () => {
    expect(recommendations('One recommendation was to look at how members meet care leavers more often.')).toEqual([
      ['to look at how members meet care leavers more often', 'inspection'],
    ]);
  });
});
