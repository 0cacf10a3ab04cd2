import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AREA_COLUMNS } from '../../../scripts/detect/grades-csv';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-batch-'));
type Result = { code: number; stdout: string; stderr: string };
const detect = (...args: string[]): Promise<Result> =>
  run('node', ['--import', 'tsx', path.join(root, 'scripts/detect.ts'), ...args], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: Result) => e,
  );

const text = (name: string) => path.join(root, 'tests/fixtures/text', name);
const walsall = text('walsall-2014-scrutiny-self-assessment.txt');
const dudleyPdf = path.join(root, 'tests/fixtures/pdf/80464-dudley_2018-12-10.pdf');

// A well-formed PDF whose one page has no text at all, as a scanned report looks to pdf.js.
function blankPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  return body + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

function folder(): string {
  const dir = path.join(tmp, 'papers');
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  fs.mkdirSync(path.join(dir, '.hidden'), { recursive: true });
  fs.copyFileSync(text('bathnes-2012-scrutiny-slac-response.txt'), path.join(dir, 'a-bathnes.txt'));
  fs.copyFileSync(text('dudley-2012-cabinet-slac-outcome.txt'), path.join(dir, 'sub', 'b-dudley.txt'));
  fs.writeFileSync(path.join(dir, 'c-notes.docx'), 'not read: not a document kind');
  fs.writeFileSync(path.join(dir, '.hidden', 'x.txt'), 'hidden, not read');
  return dir;
}

// Each run starts Node, tsx and reader threads: slow on a busy machine.
describe('npm run detect, batch form', { timeout: 240000 }, () => {
  it('prints one JSON line per document in input order, refusing bad files in the middle on stderr and going on', async () => {
    const dir = folder();
    const fake = path.join(tmp, 'fake.pdf');
    fs.writeFileSync(fake, 'hello, not a pdf');
    const scanned = path.join(tmp, 'scanned.pdf');
    fs.writeFileSync(scanned, blankPdf());
    const r = await detect('--format', 'jsonl', '--jobs', '2', walsall, fake, dir, scanned, dudleyPdf);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([
      walsall,
      path.join(dir, 'a-bathnes.txt'),
      path.join(dir, 'sub', 'b-dudley.txt'),
      dudleyPdf,
    ]);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^detect: refused .*fake\.pdf: not a PDF \(no %PDF header\)$/),
      expect.stringMatching(/^detect: refused .*scanned\.pdf: .*no text layer/),
    ]);
    expect(r.code).toBe(2);
    // Each line is the one-file contract object plus its file.
    const one = JSON.parse((await detect(walsall)).stdout);
    expect(lines[0]).toEqual({ file: walsall, ...one });
    expect(lines[3].judgements.length).toBeGreaterThan(3);
  });

  it('writes a grades-by-area CSV table with one row per document', async () => {
    const r = await detect('--format=csv', dudleyPdf, walsall);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\r\n');
    const columns = header!.split(',');
    expect(columns.slice(0, 3)).toEqual(['file', 'authority', 'authority_urn']);
    expect(columns).toEqual(expect.arrayContaining([...AREA_COLUMNS, 'other_areas', 'recommendations']));
    expect(rows).toHaveLength(2);
    const dudley = JSON.parse((await detect(dudleyPdf)).stdout);
    const overall = dudley.judgements.find(
      (j: { areaKey: string; inspection: null }) => j.areaKey === 'overall' && !j.inspection,
    );
    const cells = rows[0]!.split(',');
    expect(cells[0]).toBe(dudleyPdf);
    expect(cells[1]).toBe('Dudley');
    expect(cells[columns.indexOf('overall')]).toBe(overall.grade);
    expect(cells[columns.indexOf('recommendations')]).toBe(String(dudley.recommendations.length));
  });

  it('keeps the one-file form pretty-printed, and refuses a bad option with one line', async () => {
    const r = await detect(walsall);
    expect(r.stdout.startsWith('{\n  "document": {')).toBe(true);
    const bad = await detect('--format', 'xml', walsall);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--format must be jsonl or csv/)]);
    const empty = await detect('--format', 'jsonl', path.join(tmp, 'papers', 'sub', 'nothing-here'));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/refused .*nothing-here: no such file/);
  });
});
