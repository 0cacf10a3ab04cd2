import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRow } from '../../../scripts/detect/grades-csv';
import { detectOutput } from '../../../scripts/detect/detect-output';
import { inputFiles } from '../../../scripts/detect/input-paths';
import { progressBar } from '../../../scripts/detect/progress-bar';
import { makeReport } from '../storage/fixtures';

describe('the grades-by-area CSV', () => {
  it('puts the current grade under its area, quotes commas and quotes, and leaves unknowns empty', () => {
    const out = detectOutput(makeReport());
    out.document.authority = 'Bath, "North" East';
    out.judgements.push({ ...out.judgements[0]!, area: 'Being healthy', areaKey: 'other', grade: 'good' });
    out.judgements.push({ ...out.judgements[0]!, grade: 'inadequate', inspection: '2018' });
    const header = csvHeader().trimEnd().split(',');
    const row = csvRow('a,b.pdf', out);
    expect(row.endsWith('\r\n')).toBe(true);
    expect(row.startsWith('"a,b.pdf","Bath, ""North"" East",')).toBe(true);
    const cells = row
      .replace(/^"a,b\.pdf","Bath, ""North"" East",/, 'f,a,')
      .trimEnd()
      .split(',');
    expect(cells).toHaveLength(header.length);
    expect(cells[header.indexOf('overall')]).toBe('requires improvement');
    expect(cells[header.indexOf('in_care')]).toBe('');
    expect(cells[header.indexOf('other_areas')]).toBe('Being healthy: good');
    expect(cells[header.indexOf('earlier_judgements')]).toBe('1');
  });
});

describe('the files of a batch run', () => {
  it('expands folders to their documents in path order and keeps named files as given', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-paths-'));
    for (const f of ['b.pdf', 'a/c.HTML', 'a/d.txt', 'e.csv', '.x/f.pdf']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), 'x');
    }
    const named = path.join(dir, 'e.csv');
    expect(await inputFiles([named, dir])).toEqual([named, ...['a/c.HTML', 'a/d.txt', 'b.pdf'].map((f) => path.join(dir, f))]);
  });
});

describe('the progress bar', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { isTTY, written, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream & { written: string[] };
  };
  it('is drawn only on a terminal, and clears itself around a refusal line', () => {
    expect(progressBar(stream(false), 10)).toBeNull();
    const tty = stream(true);
    const bar = progressBar(tty, 10)!;
    bar.update(5);
    bar.line('detect: refused x.pdf: not a PDF');
    bar.end();
    expect(tty.written.join('')).toMatch(/\[#{15}\.{15}\] 5\/10 files/);
    expect(tty.written).toContain('detect: refused x.pdf: not a PDF\n');
    expect(tty.written.at(-1)).toBe('\r\x1b[K');
  });
});
