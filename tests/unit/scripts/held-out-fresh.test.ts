import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_KEYS } from '../../../lib/model/findings-schema';
import { FRESH_DIR, heldOutFiles, scoreHeldOut } from '../../../scripts/eval-held-out';

const SHARED = process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../../shared');
const GOLD = path.resolve(import.meta.dirname, '../../fixtures/gold');

interface Gold {
  file: string;
  earlier: { quote: string; area_key: string; grade: string; inspection: string }[];
}

/** Every corpus PDF named by a label file anywhere under tests/fixtures/gold except the fresh set. */
function labelledElsewhere(): Set<string> {
  const out = new Set<string>();
  for (const f of fs.readdirSync(GOLD, { recursive: true }).map(String)) {
    const full = path.join(GOLD, f);
    if (!f.endsWith('.json') || full.startsWith(FRESH_DIR + path.sep)) continue;
    const top = f.split(path.sep)[0]!;
    if (f.includes(path.sep)) out.add(path.relative(path.join(GOLD, top), full).replace(/\.json$/, '.pdf'));
    const named = /"file"\s*:\s*"([^"]+\.pdf)"/.exec(fs.readFileSync(full, 'utf8'));
    if (named) out.add(named[1]!);
  }
  return out;
}

describe('fresh held-out earlier-inspection set (tests/fixtures/gold/earlier-fresh)', () => {
  const files = heldOutFiles(FRESH_DIR);

  it('has at least 15 label files, none of a PDF labelled anywhere else (so no rule was tuned on it)', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    const elsewhere = labelledElsewhere();
    const sharedGold = path.join(SHARED, 'corpus', 'ofsted', 'gold');
    for (const f of files) {
      const pdf = f.replace(/\.json$/, '.pdf');
      expect(elsewhere.has(pdf), `${pdf} is labelled in another folder of tests/fixtures/gold`).toBe(false);
      if (fs.existsSync(sharedGold)) expect(fs.existsSync(path.join(sharedGold, f)), `${f} has shared labels`).toBe(false);
    }
  });

  it('gives every item a known area key, a grade and a date, and names its own corpus file', () => {
    let items = 0;
    for (const f of files) {
      const gold = JSON.parse(fs.readFileSync(path.join(FRESH_DIR, f), 'utf8')) as Gold;
      expect(gold.file).toBe(f.replace(/\.json$/, '.pdf'));
      for (const e of gold.earlier) {
        expect(AREA_KEYS).toContain(e.area_key);
        expect(e.quote.trim().length).toBeGreaterThan(10);
        expect(e.grade).toMatch(/^(outstanding|good|adequate|requires improvement|inadequate)$/);
        expect(e.inspection).toMatch(/^(previous|(?:[A-Z][a-z]+ )?(?:19|20)\d\d)$/);
        items++;
      }
    }
    expect(items).toBeGreaterThanOrEqual(30);
  });

  it('says in its README how it was chosen and that it is never tuned on', () => {
    const readme = fs.readFileSync(path.join(FRESH_DIR, 'README.md'), 'utf8');
    expect(readme).toMatch(/Never tune on this set/);
    expect(readme).toMatch(/How the files were chosen/);
  });

  it('counts a found earlier grade, a miss, an unlabelled dated grade and one found only as current', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'held-out-fresh-'));
    fs.mkdirSync(path.join(dir, 'a'));
    const quote = 'Since the last inspection in 2019, when services were judged to be outstanding, leaders kept going.';
    const write = (grade: string) =>
      fs.writeFileSync(
        path.join(dir, 'a', 'x.json'),
        JSON.stringify({ file: 'a/x.pdf', earlier: [{ quote, area_key: 'overall', grade, inspection: '2019' }] }),
      );
    const score = (text: string) =>
      scoreHeldOut(
        '/nowhere',
        async () => text,
        () => {},
        false,
        dir,
        'test',
      );
    write('outstanding');
    expect(await score(`${quote}\n`)).toEqual({ counts: { tp: 1, fp: 0, fn: 0 }, asCurrent: 0 });
    write('good');
    expect(await score(`${quote}\n`)).toEqual({ counts: { tp: 0, fp: 1, fn: 1 }, asCurrent: 0 });
    const current = 'The overall effectiveness of services is good.';
    fs.writeFileSync(
      path.join(dir, 'a', 'x.json'),
      JSON.stringify({ file: 'a/x.pdf', earlier: [{ quote: current, area_key: 'overall', grade: 'good', inspection: '2019' }] }),
    );
    expect(await score(`${current}\n`)).toEqual({ counts: { tp: 0, fp: 0, fn: 1 }, asCurrent: 1 });
  });
});
