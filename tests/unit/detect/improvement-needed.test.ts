import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// "Improvement was required" and "improvement was needed": the grade requires improvement in other
// words, in papers and news (never in Ofsted's own reports, whose scale names it). Invented wording,
// real shapes of committee minutes and press items.
const MINUTES =
  'Rutland County Council\n\nMinutes of the Children and Young People Scrutiny Panel, 12 March 2024\n\nThe Director reported on the Ofsted inspection of children’s social care services in January 2024.\n\n';
const found = (body: string) =>
  detectReport(MINUTES + body).judgements.map((j) => `${j.areaKey}:${j.grade}:${j.inspection ?? 'current'}`);

describe('improvement was required or needed', () => {
  it('for an area named after it', () => {
    expect(found('Members heard that improvement was required for the experiences and progress of care leavers.\n')).toEqual([
      'care_leavers:requires improvement:current',
    ]);
    expect(found('Inspectors found improvement was needed for children in care.\n')).toEqual([
      'in_care:requires improvement:current',
    ]);
  });

  it('for an area named before it in the sentence', () => {
    expect(
      found('In terms of care leavers it was found that improvement was required, however there was good practice.\n'),
    ).toEqual(['care_leavers:requires improvement:current']);
    expect(found('For children in need of help and protection, inspectors judged that improvement was needed.\n')).toEqual([
      'help_protection:requires improvement:current',
    ]);
  });

  it('in every area the inspection graded', () => {
    const all = found('Inspectors found improvement was needed in all three categories in which the council was assessed.\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((j) => j.endsWith(':requires improvement:current'))).toBe(true);
  });

  it('not areas or practice where improvement is needed, nor a hope', () => {
    expect(found('The report highlighted areas where improvement is needed, following the inspection.\n')).toEqual([]);
    expect(found('They found new areas where improvement was needed in addition to the weaknesses.\n')).toEqual([]);
    expect(found('Improvement was needed in the timeliness of assessments for care leavers.\n')).toEqual([]);
    expect(found('Members agreed that improvement was needed in the council’s communications.\n')).toEqual([]);
  });

  it('not in an Ofsted report', () => {
    const report =
      'Inspection of Rutland local authority children’s services\n\nInspection dates: 8 to 19 January 2024\n\nLead inspector: A Inspector\n\nThe experiences and progress of care leavers\tRequires improvement to be good\n\nFor care leavers, improvement was required in the quality of pathway plans.\n';
    expect(detectReport(report).judgements.filter((j) => j.ruleId === 'improvement-needed')).toEqual([]);
  });
});
