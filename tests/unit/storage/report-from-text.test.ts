import { describe, expect, it } from 'vitest';
import { emptyFileMessage, reportFromText } from '../../../lib/storage/report-from-text';
import { NO_TEXT_LAYER } from '../../../lib/pdf/read-pdf';

describe('a document with nothing to read', () => {
  it('says an address sent an empty file, or that a file is empty, not that nothing was found in it', () => {
    expect(emptyFileMessage(new Uint8Array(0), 'https://example.org/report.pdf')).toMatch(
      /^This address sent an empty file \(0 bytes\), so there is nothing to read\./,
    );
    expect(emptyFileMessage(new Uint8Array(0), 'file:report.pdf')).toBe(
      'This file is empty (0 bytes), so there is nothing to read.',
    );
    expect(emptyFileMessage(new Uint8Array([37]), 'file:report.pdf')).toBeNull();
  });

  it('says a document whose text is only blanks has no text', async () => {
    await expect(reportFromText(' \n\t ', null, 'https://example.org/a.html', 'a')).rejects.toThrow(
      /^This document has no text, so Inspection Lens cannot find its judgements\./,
    );
  });

  it('still says when a document with text has no findings', async () => {
    await expect(reportFromText('A note about the weather.', null, 'file:a.txt', 'a')).rejects.toThrow(
      'no judgements or recommendations found in it',
    );
  });

  it('shares the viewer’s words for a PDF with no text layer', () => {
    expect(NO_TEXT_LAYER).toBe('This PDF has no text layer (it looks scanned), so Inspection Lens cannot find its judgements.');
  });
});
