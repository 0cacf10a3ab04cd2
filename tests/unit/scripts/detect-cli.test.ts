import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-cli-'));
const detect = (file: string) => run('node', ['--import', 'tsx', path.join(root, 'scripts/detect.ts'), file], { cwd: root });

function write(name: string, data: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, data);
  return file;
}

describe('npm run detect', () => {
  it('prints one JSON object in the contract shape for a .txt file', async () => {
    const { stdout } = await detect(path.join(root, 'tests/fixtures/text/walsall-2014-scrutiny-self-assessment.txt'));
    const out = JSON.parse(stdout);
    expect(Object.keys(out.document)).toEqual(
      expect.arrayContaining(['authority', 'framework', 'inspectionDates', 'publicationDate']),
    );
    expect(out.judgements[0]).toEqual(
      expect.objectContaining({
        area: expect.any(String),
        areaKey: expect.any(String),
        grade: 'inadequate',
        quote: expect.any(String),
      }),
    );
    expect(out.recommendations).toEqual([
      expect.objectContaining({ quote: 'That the report be received.', source: 'committee', deadline: null }),
    ]);
  });

  it('reads an HTML page through the same text model as the content script', async () => {
    const file = write(
      'page.html',
      '<!doctype html><html><body><h1>Dudley</h1><table><tr><td>Overall effectiveness</td><td>Requires improvement to be good</td></tr></table></body></html>',
    );
    const out = JSON.parse((await detect(file)).stdout);
    expect(out.judgements).toEqual([
      expect.objectContaining({
        areaKey: 'overall',
        grade: 'requires improvement',
        quote: 'Overall effectiveness\tRequires improvement to be good',
      }),
    ]);
  });

  it.each([
    ['a missing file', () => path.join(tmp, 'missing.txt'), /no such file/],
    ['an empty file', () => write('empty.txt', ''), /empty/],
    ['a binary file', () => write('binary.txt', Buffer.from([0, 1, 2, 3, 0, 255, 0])), /binary/],
    ['a .pdf that is not a PDF', () => write('fake.pdf', 'hello, not a pdf'), /not a PDF/],
    ['a broken PDF', () => write('broken.pdf', '%PDF-1.4\n1 0 obj garbage'), /could not be read as a PDF|no text layer/],
  ])('fails with one clear line on stderr for %s', async (_what, make, message) => {
    const error = await detect(make()).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).not.toBe(0);
    expect(error?.stderr.trim().split('\n')).toHaveLength(1);
    expect(error?.stderr).toMatch(message);
  });
});
