import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'tests/fixtures');
const compare = (...files: string[]) =>
  run('node', ['--import', 'tsx', path.join(root, 'scripts/compare.ts'), ...files], { cwd: root }).catch(
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

const DUDLEY = [
  'text/dudley-2012-cabinet-slac-outcome.txt',
  'text/dudley-2016-commissioner-report.txt',
  'pdf/80464-dudley_2016-04-05.pdf',
  'pdf/80464-dudley_2018-12-10.pdf',
  'pdf/80464-dudley_2023-01-13.pdf',
].map((f) => path.join(fixtures, f));

describe('npm run compare', () => {
  it('prints Dudley’s four inspections, moves and recommendation links in the contract shape', async () => {
    const { stdout } = await compare(...DUDLEY);
    const out = JSON.parse(stdout);
    expect(out.authorities).toHaveLength(1);
    const [dudley] = out.authorities;
    expect(Object.keys(dudley)).toEqual(['authority', 'urn', 'inspections', 'moves', 'recommendationLinks']);
    expect(dudley).toMatchObject({ authority: 'Dudley', urn: '80464' });
    expect(dudley.inspections.map((i: { framework: string; reported: boolean }) => [i.framework, i.reported])).toEqual([
      ['SLAC', true],
      ['SIF', false],
      ['ILACS-standard', false],
      ['ILACS-standard', false],
    ]);
    expect(Object.keys(dudley.inspections[1])).toEqual([
      'kind',
      'framework',
      'inspectionDates',
      'publicationDate',
      'sources',
      'reported',
      'grades',
    ]);
    expect(dudley.inspections[1].sources[0]).toBe(DUDLEY[2]);
    expect(JSON.stringify(dudley.inspections)).not.toMatch(/2015|satisfactory/);
    const link = dudley.recommendationLinks.find(
      (l: { from: { quote: string }; to: { quote: string } | null }) =>
        /return\s+interviews/.test(l.from.quote) && /return\s+home\s+interview/.test(l.to?.quote ?? ''),
    );
    expect(link).toMatchObject({ from: { inspection: '11 January to 8 February 2016' }, confirmed: null });
    expect(link.to.inspection).toBe('29 October 2018 to 9 November 2018');
    expect(JSON.stringify(dudley.recommendationLinks)).not.toMatch(/Cabinet/);
  }, 180_000);

  it('reports a refused file on one stderr line, goes on with the others, and exits non-zero', async () => {
    const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lens-compare-')), 'empty.txt');
    fs.writeFileSync(empty, '');
    const result = (await compare(DUDLEY[0]!, empty)) as { code?: number; stdout: string; stderr: string };
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^compare: the file is empty: /)]);
    expect(JSON.parse(result.stdout).authorities[0].authority).toBe('Dudley');
  }, 60_000);

  it('exits non-zero with one line when nothing can be read', async () => {
    const result = (await compare(path.join(fixtures, 'no-such-file.pdf'))) as { code?: number; stdout: string; stderr: string };
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
