// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { extractPdfText } from '../../../lib/pdf/read-pdf';
import { normaliseText } from '../../../scripts/eval-score';

const dir = path.resolve(import.meta.dirname, '../../fixtures');
// The PDFs that have hand labels (others in the folder serve the viewer and compare tests).
const pdfs = fs
  .readdirSync(path.join(dir, 'pdf'))
  .filter((f) => /^\d+-.*\.pdf$/.test(f) && fs.existsSync(path.join(dir, 'gold', f.replace('.pdf', '.json'))));

interface CorpusGold {
  authority: string;
  framework: string;
  inspection_dates: string;
  judgements: { area_key: string; grade: string }[];
  recommendations: { text: string; section?: string }[];
}

describe('Ofsted reports from the corpus sample (set mode)', () => {
  it.each(pdfs)('%s: own judgements, recommendations and identity match the hand labels', async (file) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', file.replace('.pdf', '.json')), 'utf8')) as CorpusGold;
    const model = await extractPdfText(pdfjs as never, new Uint8Array(fs.readFileSync(path.join(dir, 'pdf', file))));
    const found = detectReport(model.text);
    const own = new Set(found.judgements.filter((j) => j.inspection === null).map((j) => `${j.areaKey}|${j.grade}`));
    expect(own).toEqual(new Set(gold.judgements.map((j) => `${j.area_key}|${j.grade}`)));
    const recs = new Set(found.recommendations.map((r) => normaliseText(r.quote)));
    const missing = gold.recommendations.filter((r) => !recs.has(normaliseText(r.text)));
    expect(missing).toEqual([]);
    expect(found.document.authority).toBe(gold.authority);
    expect(found.document.framework).toBe(gold.framework);
    expect(found.document.inspectionDates).toBe(gold.inspection_dates);
    const lscb = found.recommendations.filter((r) => r.section === 'lscb').map((r) => normaliseText(r.quote));
    expect(lscb).toEqual(gold.recommendations.filter((r) => r.section === 'lscb').map((r) => normaliseText(r.text)));
  });
});
