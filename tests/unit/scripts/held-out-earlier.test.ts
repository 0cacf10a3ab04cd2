import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldOutFiles, evalHeldOut, HELD_OUT_DIR } from '../../../scripts/eval-held-out';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../../shared');
const TUNED_DIR = path.resolve(import.meta.dirname, '../../fixtures/gold/earlier');
const AREAS = [
  'overall',
  'leaders',
  'help_protection',
  'in_care',
  'care_leavers',
  'in_care_and_care_leavers',
  'adoption',
  'lscb',
  'other',
];

describe('held-out earlier-inspection set (tests/fixtures/gold/earlier-new)', () => {
  const files = heldOutFiles();

  it('has at least 10 label files, none of a PDF labelled anywhere else (so no rule was tuned on it)', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    const sharedGold = path.join(SHARED, 'corpus', 'ofsted', 'gold');
    for (const f of files) {
      expect(fs.existsSync(path.join(TUNED_DIR, f)), `${f} is also in gold/earlier`).toBe(false);
      if (fs.existsSync(sharedGold)) expect(fs.existsSync(path.join(sharedGold, f)), `${f} has shared labels`).toBe(false);
    }
  });

  it('gives every item a known area key, a grade and a date, and names its own corpus file', () => {
    for (const f of files) {
      const gold = JSON.parse(fs.readFileSync(path.join(HELD_OUT_DIR, f), 'utf8')) as {
        file: string;
        earlier: { quote: string; area_key: string; grade: string; inspection: string }[];
      };
      expect(gold.file).toBe(f.replace(/\.json$/, '.pdf'));
      for (const e of gold.earlier) {
        expect(AREAS).toContain(e.area_key);
        expect(e.quote.trim().length).toBeGreaterThan(10);
        expect(e.grade).toMatch(/^(outstanding|good|adequate|requires improvement|inadequate)$/);
        expect(e.inspection).toMatch(/^(previous|(?:[A-Z][a-z]+ )?(?:19|20)\d\d)$/);
      }
    }
  });

  it('counts a stated earlier grade as found, a missed one as fn and an unlabelled dated grade as fp', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'held-out-'));
    fs.mkdirSync(path.join(dir, 'a'));
    const quote =
      'The previous inspection of Anyshire’s safeguarding arrangements was in June 2012. The local authority was judged to be inadequate.';
    const gold = (grade: string) => ({
      file: 'a/x.pdf',
      earlier: [{ quote, area_key: 'help_protection', grade, inspection: 'June 2012' }],
    });
    const text = `Previous Ofsted inspections\n${quote}\n`;
    fs.writeFileSync(path.join(dir, 'a', 'x.json'), JSON.stringify(gold('inadequate')));
    const right = await evalHeldOut(
      '/nowhere',
      async () => text,
      () => {},
      false,
      dir,
    );
    expect(right).toEqual({ tp: 1, fp: 0, fn: 0 });
    fs.writeFileSync(path.join(dir, 'a', 'x.json'), JSON.stringify(gold('good')));
    const wrong = await evalHeldOut(
      '/nowhere',
      async () => text,
      () => {},
      false,
      dir,
    );
    expect(wrong).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
