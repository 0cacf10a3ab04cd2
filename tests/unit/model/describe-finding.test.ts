import { describe, expect, it } from 'vitest';
import { describeJudgement, describeRecommendation, frameworkLabel } from '../../../lib/model/describe-finding';
import type { DocumentInfo, JudgementMention, Recommendation } from '../../../lib/model/findings';

const doc: DocumentInfo = {
  authority: 'Bexley',
  authorityUrn: '80488',
  framework: 'ILACS-short',
  inspectionDates: '6 to 10 February 2023',
  publicationDate: '2023-03-24',
};
const judgement = (over: Partial<JudgementMention>): JudgementMention => ({
  ruleId: 'table-row',
  area: 'The experiences and progress of children in care',
  areaKey: 'in_care',
  grade: 'requires improvement',
  rank: 3,
  inspection: null,
  quote: '',
  start: 0,
  end: 0,
  ...over,
});

describe('describing findings', () => {
  it('names area, grade as the scale writes it, framework and year', () => {
    expect(describeJudgement(judgement({}), doc)).toEqual({
      title:
        'Judgement · The experiences and progress of children in care · Requires improvement to be good · ILACS short inspection 2023',
      detail: 'This inspection: 6 to 10 February 2023',
    });
  });

  it('says when a judgement belongs to an earlier inspection', () => {
    const earlier = describeJudgement(
      judgement({ inspection: '2012', grade: 'adequate', area: 'overall', areaKey: 'overall' }),
      doc,
    );
    expect(earlier.title).toBe('Judgement · Overall effectiveness · Adequate');
    expect(earlier.detail).toBe('From an earlier inspection (2012), as this document reports it');
  });

  it('names the area by its key, not by the words a sentence matched around it', () => {
    const prose = judgement({
      area: 'The impact of leaders on social work practice with children and families is',
      areaKey: 'leaders',
    });
    expect(describeJudgement(prose, doc).title).toBe(
      'Judgement · The impact of leaders on social work practice with children and families · Requires improvement to be good · ILACS short inspection 2023',
    );
    const sif = { ...doc, framework: 'SIF', inspectionDates: '11 January to 8 February 2016' };
    expect(describeJudgement(judgement({ area: 'children looked after are', areaKey: 'in_care' }), sif).title).toMatch(
      /^Judgement · Children looked after and achieving permanence · /,
    );
    // a paper quoting an earlier inspection: the key's plain name, whatever that framework called it
    const quoted = judgement({ area: 'help and protection was', areaKey: 'help_protection', inspection: '2018' });
    expect(describeJudgement(quoted, doc).title).toBe(
      'Judgement · Children who need help and protection · Requires improvement to be good',
    );
    // an area with no fixed name keeps its own words, without the verb after it
    const other = judgement({ area: 'Outcomes for looked after children and young people are', areaKey: 'other' });
    expect(describeJudgement(other, doc).title).toMatch(/^Judgement · Outcomes for looked after children and young people · /);
  });

  it('says a paper’s undated grade is the inspection the paper discusses, not "this inspection"', () => {
    const paper: DocumentInfo = {
      authority: 'Walsall',
      authorityUrn: '80574',
      framework: null,
      kind: 'other',
      discusses: { framework: 'SLAC', date: 'July 2012' },
      inspectionDates: null,
      publicationDate: null,
    };
    const overall = judgement({ area: 'overall', areaKey: 'overall', grade: 'inadequate' });
    expect(describeJudgement(overall, paper).detail).toBe(
      'The inspection this document discusses: Safeguarding and looked after children inspection, July 2012',
    );
    const undated = { ...paper, kind: 'council paper', discusses: null };
    expect(describeJudgement(overall, undated).detail).toBe(
      'The inspection this document discusses (its date is not in the text)',
    );
  });

  it('keeps SLAC grades as written', () => {
    expect(frameworkLabel({ ...doc, framework: 'SLAC', inspectionDates: '5 March 2012' })).toBe(
      'Safeguarding and looked after children inspection 2012',
    );
  });

  it('gives a recommendation its deadline, section and who made it', () => {
    const r: Recommendation = {
      ruleId: 'list',
      quote: 'x',
      start: 0,
      end: 1,
      deadline: 'within three months',
      source: 'inspection',
      section: 'lscb',
    };
    expect(describeRecommendation(r)).toEqual({
      title: 'Recommendation · Safeguarding board · Within three months',
      detail: 'Made by the inspectors',
    });
  });

  it('gives a judgement off the four-point grade its scale’s own words, and a four-point one none', () => {
    const send = describeJudgement(
      judgement({ areaKey: 'send_outcome', area: 'Inspection outcome', grade: 'inconsistent experiences and outcomes', rank: 2 }),
      { ...doc, kind: 'area SEND inspection' },
    );
    expect(send.legend).toBe(
      'Area SEND outcome, best first: typically positive experiences and outcomes · inconsistent experiences and outcomes · widespread and/or systemic failings',
    );
    expect(describeJudgement(judgement({}), doc).legend).toBeUndefined();
  });
});
