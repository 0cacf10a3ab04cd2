import { describe, expect, it } from 'vitest';
import { readReport } from '../../../entrypoints/sidepanel/read-reports';

// The first bytes of a word-processor file (a zip archive): binary, with NUL bytes early on.
const wordFile = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x77, 0x6f]);

describe('"Add reports…" given a file it cannot read', () => {
  it('says in a plain sentence what is wrong and what to do, not a fragment', async () => {
    await expect(readReport(wordFile, 'file:Panel notes.docx', 'Panel notes.docx')).rejects.toThrow(
      /^This file is not a PDF, a web page or a text file, so Inspection Lens cannot read it\. Add the report as a PDF, or give its web address\.$/,
    );
  });
});
