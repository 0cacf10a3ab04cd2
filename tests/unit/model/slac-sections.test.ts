import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { slacSections } from '../../../lib/model/slac-sections';
import { firstMentions } from '../../../lib/model/first-mentions';
import { areaLabel } from '../../../lib/model/area-label';
import { describeJudgement } from '../../../lib/model/describe-finding';
import { findingCounts } from '../../../lib/model/count-words';

// Invented wording in the SLAC report's layout: one table per section, each opened by a bare
// "Overall effectiveness" row, with the same grades in both.
const SLAC = `Inspection of safeguarding and looked after children services
Anyshire
Inspection dates: 5 March 2012 – 16 March 2012

Safeguarding services
Overall effectiveness\tAdequate
Capacity for improvement\tGood

Services for looked after children
Overall effectiveness\tAdequate
Capacity for improvement\tGood
`;

const labels = (text: string) => {
  const findings = detectReport(text);
  return firstMentions(findings.judgements, findings.document).map(({ j, section }) =>
    `${areaLabel(j, findings.document.framework, section)}: ${j.grade}`,
  );
};

describe('SLAC sections', () => {
  it('gives each row of the two tables its section', () => {
    const findings = detectReport(SLAC);
    expect(slacSections(findings.judgements, findings.document)).toEqual([
      'safeguarding',
      'safeguarding',
      'looked after children',
      'looked after children',
    ]);
  });

  it('lists the looked-after-children rows apart from the safeguarding rows of the same grade', () => {
    expect(labels(SLAC)).toEqual([
      'Overall effectiveness (safeguarding): adequate',
      'Capacity for improvement (safeguarding): good',
      'Overall effectiveness (looked after children): adequate',
      'Capacity for improvement (looked after children): good',
    ]);
    expect(findingCounts(detectReport(SLAC))).toBe('4 judgements, 0 recommendations');
  });

  it('names the section on the card', () => {
    const findings = detectReport(SLAC);
    const sections = slacSections(findings.judgements, findings.document);
    expect(describeJudgement(findings.judgements[2]!, findings.document, sections[2]).title).toMatch(
      /^Judgement · Overall effectiveness \(looked after children\) · /,
    );
  });

  it('lets words that name the section open it, and leaves a grade of an earlier inspection out', () => {
    const judgements = [
      { area: 'The overall effectiveness of services for looked after children', inspection: null, start: 0 },
      { area: 'Capacity for improvement', inspection: null, start: 10 },
      { area: 'Overall effectiveness', inspection: '2009', start: 20 },
    ];
    expect(slacSections(judgements, { framework: null, discusses: { framework: 'SLAC', date: null } })).toEqual([
      'looked after children',
      'looked after children',
      null,
    ]);
  });

  it('gives no section outside SLAC', () => {
    const judgements = [{ area: 'Overall effectiveness', inspection: null, start: 0 }];
    expect(slacSections(judgements, { framework: 'SIF' })).toEqual([null]);
  });
});
