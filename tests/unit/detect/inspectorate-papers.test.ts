import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

const real = (f: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/real-kinds/paper', f), 'utf8');
const keys = (text: string) => [...new Set(detectReport(text).judgements.map((j) => `${j.areaKey}|${j.grade}|${j.inspection ?? 'this'}`))];

// Council minutes about HMI Probation youth justice inspections (real, BCP 2023 and Halton 2021).
describe('council papers on a youth justice inspection', () => {
  it('keeps the youth justice rating out of the children’s services rows (BCP committee minutes)', () => {
    const text = real('bcp-2023-committee-dorset-yjs-inspection.txt');
    expect(detectReport(text).document.kind).toBe('council paper');
    expect(keys(text)).toEqual(['yj_overall|good|this']);
  });

  it('reads “the overall judgement was that CYJS was good” and is not itself an HMI Probation report (Halton minutes)', () => {
    const text = real('halton-2021-board-cheshire-yjs-inspection.txt');
    expect(detectReport(text).document.kind).toBe('council paper');
    expect(keys(text)).toEqual(['yj_overall|good|this']);
  });

  it('leaves a paper on the council’s children’s services inspection as it was', () => {
    const text = 'Report to Cabinet\n\nOfsted inspection of children’s services\n\nThe overall rating of the service was Good following the inspection in May 2023.\n';
    expect(keys(text).some((k) => k.startsWith('yj_'))).toBe(false);
  });
});
