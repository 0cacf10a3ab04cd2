import { describe, expect, it } from 'vitest';
import { clipsToCsv, clipsToMarkdown, csvCell } from '../../../lib/export/clips-export';
import { makeClip, makeReport } from '../storage/fixtures';

describe('CSV of clips', () => {
  it('starts with a byte-order mark and quotes every cell, with CRLF lines', () => {
    const csv = clipsToCsv([{ clip: makeClip('c1', { note: 'Said "soon", twice\nthen nothing' }), report: makeReport() }]);
    expect(csv.startsWith('\uFEFF"Authority","Report"')).toBe(true);
    expect(csv).toContain('"Said ""soon"", twice\nthen nothing"');
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('never lets a cell become a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell('Good')).toBe('"Good"');
  });
});

describe('Markdown of clips', () => {
  it('groups by report and escapes the quote', () => {
    const md = clipsToMarkdown([{ clip: makeClip('c1', { note: 'Use *care*' }), report: makeReport() }]);
    expect(md).toContain('## Dudley 2022');
    expect(md).toContain('- > Management oversight of children in unregulated settings.');
    expect(md).toContain('to raise · follow up by 2026-12-10 · tags: placements');
    expect(md).toContain('Note: Use \\*care\\*');
  });
});

describe('Markdown of clips: addresses', () => {
  const mdFor = (url: string) => clipsToMarkdown([{ clip: makeClip(), report: makeReport('fingerprint-1', { urls: [url] }) }]);
  const HOSTILE = [
    'https://example.gov.uk/a><img src=x onerror=alert(1)>',
    'https://example.gov.uk/a?q=<script>alert(1)</script>',
    'https://example.gov.uk/a b#<b>x</b>',
    'https://example.gov.uk/a\n<script>alert(1)</script>',
    'javascript:alert(1)//https://example.gov.uk',
    'data:text/html,<script>alert(1)</script>',
  ];

  it.each(HOSTILE)('keeps markup in %j out of the Markdown', (url) => {
    const md = mdFor(url);
    expect(md).not.toMatch(/<(?!https:\/\/)[a-z/!]/i); // no tag opens except the one autolink
    expect(md).not.toMatch(/javascript:|data:text/);
    for (const line of md.split('\n').filter((l) => l.startsWith('<'))) expect(line).toMatch(/^<https:\/\/[^\s<>]+>$/);
  });

  it('writes a web address normalised, as an autolink', () => {
    expect(mdFor('HTTPS://Example.GOV.uk/a b?x=<1>')).toContain('<https://example.gov.uk/a%20b?x=%3C1%3E>');
  });

  it('writes a local file as its name, escaped, never as a link', () => {
    expect(mdFor('file:Dudley_<2018>.pdf')).toContain('From a file on this computer: Dudley\\_\\<2018\\>.pdf');
  });
});

describe('CSV of clips: dates Excel reads as dates, and the inspection each clip is from', () => {
  const parse = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
  const table = (csv: string) => {
    const [head, ...rows] = parse(csv);
    return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]])));
  };

  it('writes the clip date as yyyy-mm-dd hh:mm in UK time, and the follow-up date as yyyy-mm-dd', () => {
    const [row] = table(clipsToCsv([{ clip: makeClip('c1', { createdAt: '2026-07-01T09:05:00.000Z' }), report: makeReport() }]));
    expect(row!['Clipped on']).toBe('2026-07-01 10:05'); // British Summer Time
    expect(row!['Follow-up date']).toBe('2026-12-10');
    const [winter] = table(
      clipsToCsv([{ clip: makeClip('c1', { createdAt: '2026-11-21T23:30:00.000Z' }), report: makeReport() }]),
    );
    expect(winter!['Clipped on']).toBe('2026-11-21 23:30');
  });

  it('gives the inspection year, framework and deadline group of the recommendation clipped', () => {
    const report = makeReport();
    report.recommendations[0]!.deadline = 'within three months';
    const [row] = table(clipsToCsv([{ clip: makeClip(), report }]));
    expect(row).toMatchObject({
      'Inspection year': '2022',
      Framework: 'ILACS',
      'Deadline group': 'within three months',
      'Follow-up status': 'to raise',
    });
  });

  it('leaves them empty when the report is gone or does not say, and dates a paper by the inspection it discusses', () => {
    const [gone] = table(clipsToCsv([{ clip: makeClip(), report: null }]));
    expect([gone!['Inspection year'], gone!['Framework'], gone!['Deadline group']]).toEqual(['', '', '']);
    const paper = makeReport('paper', {
      document: {
        ...makeReport().document,
        framework: null,
        inspectionDates: null,
        kind: 'council paper',
        discusses: { framework: 'SIF', date: 'March 2014' },
      },
    });
    const [row] = table(clipsToCsv([{ clip: makeClip('c2', { kind: 'selection' }), report: paper }]));
    expect([row!['Inspection year'], row!['Framework']]).toEqual(['2014', 'Single inspection framework']);
  });
});
