import { describe, expect, it } from 'vitest';
import { compareOutput } from '../../../lib/compare/compare-output';
import type { SourceDocument } from '../../../lib/compare/inspection-types';
import { buildInspectionHistory } from '../../../lib/compare/inspections';
import { detectReport } from '../../../lib/detect/detect-report';

const rec = (quote: string, group: 'priority action' | 'improvement' | null = null) => ({
  ruleId: 'r',
  quote,
  start: 0,
  end: 1,
  deadline: null,
  source: 'inspection' as const,
  section: null,
  ...(group ? { group } : {}),
});
const ilacs: SourceDocument = {
  id: 'ilacs.pdf',
  title: 'ILACS 2022',
  document: {
    authority: 'Dudley',
    authorityUrn: '80464',
    framework: 'ILACS-standard',
    kind: "children's services inspection",
    inspectionDates: '31 October to 11 November 2022',
    publicationDate: '2023-01-13',
  },
  judgements: [
    {
      ruleId: 'r',
      area: 'Overall effectiveness',
      areaKey: 'overall',
      grade: 'requires improvement',
      rank: 3,
      inspection: null,
      quote: 'q',
      start: 0,
      end: 1,
    },
  ],
  recommendations: [rec('Management oversight of children at risk of exploitation.')],
};
// A focused visit letter as the detector reads it (its date is in `discusses`, its cited grade earlier).
const LETTER = `Focused visit to Dudley children’s services\n\nDear Director\n\nThis letter summarises the findings of the focused visit to Dudley children’s services on 3 and 4 May 2024. This visit looked at the local authority’s arrangements for children in care.\n\nAt the last inspection in 2022, the local authority was judged to require improvement to be good.\n\nAreas for priority action\n\n• The quality of management oversight of children at risk of exploitation.\n\nAreas for improvement\n\n• The timeliness of health assessments.\n• The quality of pathway plans.\n`;
const visit: SourceDocument = { id: 'visit.pdf', title: 'Focused visit 2024', ...detectReport(LETTER) };

describe('visits on the authority’s timeline', () => {
  it('puts a focused visit on the history as an ungraded event of its kind, with its recommendations', () => {
    const { inspections } = buildInspectionHistory([visit, ilacs]);
    expect(inspections.map((e) => [e.kind, Object.keys(e.grades).length, e.recommendations.length])).toEqual([
      ["children's services inspection", 1, 1],
      ['focused visit', 0, 3],
    ]);
    expect(inspections[1]!.theme).toBe('the local authority’s arrangements for children in care');
    expect(inspections[1]!.inspectionDates).toBe('3 and 4 May 2024');
    expect(inspections[1]!.label).toBe('May 2024');
  });

  it('never lets a visit take a grade or another document’s recommendations', () => {
    const { inspections } = buildInspectionHistory([visit, ilacs]);
    expect(inspections[0]!.grades.overall?.grade).toBe('requires improvement');
    expect(inspections[1]!.recommendations.every((r) => r.sourceId === 'visit.pdf')).toBe(true);
  });

  it('lists the visit in the compare command’s inspections (contract fields only) and its recommendations apart', () => {
    const [dudley] = compareOutput([ilacs, visit]).authorities;
    expect(dudley!.inspections.map((e) => Object.keys(e).sort())).toEqual([
      ['framework', 'grades', 'inspectionDates', 'kind', 'publicationDate', 'reported', 'sources'],
      ['framework', 'grades', 'inspectionDates', 'kind', 'publicationDate', 'reported', 'sources'],
    ]);
    expect(dudley!.inspections[1]).toMatchObject({
      kind: 'focused visit',
      inspectionDates: '3 and 4 May 2024',
      grades: {},
      sources: ['visit.pdf'],
    });
    expect(dudley!.visits).toEqual([
      {
        inspection: '3 and 4 May 2024',
        kind: 'focused visit',
        theme: 'the local authority’s arrangements for children in care',
        recommendations: [
          { group: 'priority action', quote: expect.stringContaining('management oversight') },
          { group: 'improvement', quote: expect.stringContaining('health assessments') },
          { group: 'improvement', quote: expect.stringContaining('pathway plans') },
        ],
      },
    ]);
    // The visit's priority action repeats the 2022 recommendation: linked as raised again.
    expect(
      dudley!.recommendationLinks.some(
        (l) => l.from.inspection === '31 October to 11 November 2022' && l.to?.inspection === '3 and 4 May 2024',
      ),
    ).toBe(true);
  });

  it('leaves the output unchanged (no visits field) for children’s services reports alone', () => {
    expect(compareOutput([ilacs]).authorities[0]).not.toHaveProperty('visits');
  });
});
