import { describe, expect, it } from 'vitest';
import { readLocalFile, whatWasSent } from '../../../entrypoints/viewer/load-source';

describe('whatWasSent', () => {
  it('names what came instead of a PDF in plain words, never the content type', () => {
    expect(whatWasSent('text/html; charset=utf-8')).toBe('a web page');
    expect(whatWasSent('image/png')).toBe('a picture');
    expect(whatWasSent('text/plain')).toBe('plain text');
    expect(whatWasSent('application/pdf')).toBe('a file of another kind');
    expect(whatWasSent(null)).toBe('a file of another kind');
  });
});

describe('readLocalFile', () => {
  it('says an empty file is empty, and a non-PDF is not a PDF, each with a next step', async () => {
    await expect(readLocalFile(new File([], 'report.pdf'))).rejects.toThrow(
      '“report.pdf” is empty (0 bytes), not a PDF. Choose another file.',
    );
    await expect(readLocalFile(new File(['<html></html>'], 'report.pdf'))).rejects.toThrow(
      '“report.pdf” is not a PDF. Choose a PDF file.',
    );
  });
});
