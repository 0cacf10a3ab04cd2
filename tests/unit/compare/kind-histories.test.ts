import { describe, expect, it } from 'vitest';
import { compareOutput } from '../../../lib/compare/compare-output';
import type { SourceDocument } from '../../../lib/compare/inspection-types';
import { kindLabel, paintRank, scaleNote } from '../../../lib/model/kind-label';
import { ReportSchema } from '../../../lib/model/store-schemas';

const ilacs: SourceDocument = {
  id: 'ilacs.pdf',
  title: 'ILACS',
  document: { authority: 'Dudley', authorityUrn: '80464', framework: 'ILACS-standard', kind: "children's services inspection", inspectionDates: '31 October to 11 November 2022', publicationDate: null },
  judgements: [{ ruleId: 'r', area: 'Overall effectiveness', areaKey: 'overall', grade: 'requires improvement', rank: 3, inspection: null, quote: 'q', start: 0, end: 1 }],
  recommendations: [],
};
const send: SourceDocument = {
  id: 'send.pdf',
  title: 'SEND',
  document: { authority: 'Dudley', authorityUrn: '80464', framework: 'area SEND 2023', kind: 'area SEND inspection', inspectionDates: '20 to 24 January 2025', publicationDate: null, previousInspection: '31 January 2022 to 3 February 2022' },
  judgements: [{ ruleId: 's', area: 'Area SEND inspection outcome', areaKey: 'send_outcome', grade: 'inconsistent experiences and outcomes', rank: 2, inspection: null, quote: 'q', start: 0, end: 1 }],
  recommendations: [{ ruleId: 'p', quote: 'Leaders should act.', start: 2, end: 5, deadline: null, source: 'inspection', section: null, group: 'priority action', responsibleBody: 'Dudley Council' }],
};

describe('compare keeps kinds apart', () => {
  it('keeps the SEND outcome out of the children’s services inspections and lists it as its own history', () => {
    const [dudley] = compareOutput([ilacs, send]).authorities;
    expect(dudley!.inspections).toHaveLength(1);
    expect(dudley!.inspections[0]!.grades).toEqual({ overall: 'requires improvement' });
    expect(JSON.stringify(dudley!.inspections)).not.toContain('inconsistent');
    expect(dudley!.otherKinds).toEqual([
      {
        kind: 'area SEND inspection',
        label: 'Area SEND inspection',
        entries: [{ source: 'send.pdf', inspectionDates: '20 to 24 January 2025', publicationDate: null, previousInspection: '31 January 2022 to 3 February 2022', grades: { 'Area SEND inspection outcome': 'inconsistent experiences and outcomes' } }],
      },
    ]);
  });
});

describe('document kinds in the store and on screen', () => {
  const stored = { ...send, fingerprint: null, urls: [], savedAt: '2026-11-01' };
  it('keeps a SEND report’s outcome, responsible body and previous inspection through the stored-report schema', () => {
    const row = ReportSchema.parse(stored);
    expect(row.judgements[0]!.areaKey).toBe('send_outcome');
    expect(row.recommendations[0]!.responsibleBody).toBe('Dudley Council');
    expect(row.document.previousInspection).toBe('31 January 2022 to 3 February 2022');
  });
  it('still reads a report stored before kinds existed', () => {
    const old = { ...stored, document: { authority: 'Dudley', authorityUrn: '80464', framework: 'SIF', inspectionDates: null, publicationDate: null }, recommendations: [] };
    expect(ReportSchema.parse(old).document.kind).toBeUndefined();
  });
  it('labels every kind plainly, and an unknown kind as a document', () => {
    expect(kindLabel('area SEND inspection')).toBe('Area SEND inspection');
    expect(kindLabel('focused visit')).toBe('Focused visit (no grades)');
    expect(kindLabel(undefined)).toBe('Document');
    expect(kindLabel('something new')).toBe('Document');
  });
});

describe('scales other than the four-point grade', () => {
  it('paints SEND outcomes and report cards with four-point colours only, and says which scale', () => {
    expect(paintRank({ areaKey: 'send_outcome', rank: 1, grade: 'typically positive experiences and outcomes' })).toBe(2);
    expect(paintRank({ areaKey: 'send_outcome', rank: 3, grade: 'widespread and/or systemic failings' })).toBe(4);
    expect(paintRank({ areaKey: 'school_teaching', rank: 5, grade: 'urgent improvement' })).toBe(4);
    expect(paintRank({ areaKey: 'school_teaching', rank: 3, grade: 'expected standard' })).toBeNull();
    expect(paintRank({ areaKey: 'overall', rank: 2, grade: 'good' })).toBe(2);
    expect(scaleNote({ areaKey: 'send_outcome', rank: 2, grade: 'inconsistent experiences and outcomes' })).toBe(
      'level 2 of 3 on the area SEND outcome scale (not a four-point grade)',
    );
    expect(scaleNote({ areaKey: 'overall', rank: 2, grade: 'good' })).toBeNull();
  });
});
