import { describe, expect, it } from 'vitest';
import { describeAdded } from '../../../entrypoints/sidepanel/use-add-reports';
import { makeReport } from '../storage/fixtures';

const dudley = { code: '332', name: 'Dudley' };

describe('the line Add reports… shows for a stored report', () => {
  it('names the authority and what was found', () => {
    expect(describeAdded(makeReport(), false, dudley)).toMatch(/^Dudley, \d+ judgements?, 2 recommendations$/);
  });

  it('counts each judgement once, as the panel lists them, with earlier inspections apart and words that agree with 1', () => {
    const report = makeReport();
    const first = report.judgements[0]!;
    const repeated = { ...report, judgements: [first, { ...first }, { ...first, grade: 'good', inspection: 'June 2012' }] };
    expect(describeAdded(repeated, false, dudley)).toBe(
      'Dudley, 1 judgement (and 1 of an earlier inspection), 2 recommendations',
    );
  });

  it('says "already saved" for a report that was in the store before, with the title it is saved under', () => {
    expect(describeAdded(makeReport(), true, dudley)).toMatch(/^already saved as “Dudley 2022” \(Dudley, /);
  });

  it('says when the report is of another authority than the one compared', () => {
    const bexley = makeReport('b', { document: { ...makeReport().document, authority: 'Bexley', authorityUrn: '80488' } });
    expect(describeAdded(bexley, false, dudley)).toMatch(
      /^Bexley, .*: a report of another authority than Dudley; saved, and listed under Authorities$/,
    );
  });
});
