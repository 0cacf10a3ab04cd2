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
