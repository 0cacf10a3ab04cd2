// A deadline read from inside a restated recommendation: "immediately" is one when it times the action
// ("review … immediately", "immediately ensure …"), not when it describes a thing ("immediately useful").
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

const PAPER = `Report to the Children's Scrutiny Committee

The key areas for improvement identified by Ofsted were:
a. ensure the recording system collates data in a way that is immediately useful to front line managers;
b. review the plans of children subject to child protection plans immediately;
c. make sure that information is immediately available to social workers out of hours;
d. immediately ensure that all children at risk of exploitation have a current risk assessment.
`;

describe('a deadline inside a restated recommendation', () => {
  const recs = detectReport(PAPER).recommendations;

  it('reads the four items', () => {
    expect(recs.map((r) => r.quote.slice(0, 12))).toEqual(['ensure the r', 'review the p', 'make sure th', 'immediately ']);
  });

  it('takes "immediately" timing the action as the deadline', () => {
    expect([recs[1]!.deadline, recs[3]!.deadline]).toEqual(['immediately', 'immediately']);
  });

  it('does not take "immediately useful" or "immediately available" for a deadline', () => {
    expect([recs[0]!.deadline, recs[2]!.deadline]).toEqual([null, null]);
  });
});
