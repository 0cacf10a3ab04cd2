import { describe, expect, it } from 'vitest';
import { autoOpenRule, isPdfAddress, OFSTED_FILE_REGEX } from '../../../entrypoints/background/pdf-opening';
import { isPdfBytes, originPattern } from '../../../entrypoints/viewer/load-source';

describe('which addresses open in the viewer', () => {
  it('knows Ofsted report files and .pdf paths', () => {
    expect(isPdfAddress('https://files.ofsted.gov.uk/v1/file/50212345')).toBe(true);
    expect(isPdfAddress('https://democracy.example.gov.uk/documents/s123/Ofsted%20report.PDF?download=1')).toBe(true);
    expect(isPdfAddress('https://reports.ofsted.gov.uk/provider/44/80464')).toBe(false);
    expect(isPdfAddress('chrome://newtab')).toBe(false);
  });

  it('redirects only top-level loads of Ofsted files, keeping the address', () => {
    const rule = autoOpenRule('chrome-extension://abc/viewer.html');
    expect(rule.condition.resourceTypes).toEqual(['main_frame']);
    expect(rule.action.redirect?.regexSubstitution).toBe('chrome-extension://abc/viewer.html?file=\\0');
    expect(new RegExp(OFSTED_FILE_REGEX).test('https://files.ofsted.gov.uk/v1/file/50212345')).toBe(true);
    expect(new RegExp(OFSTED_FILE_REGEX).test('https://files.ofsted.gov.uk.evil.example/v1/file/1')).toBe(false);
  });
});

describe('PDF sources', () => {
  it('recognises PDF bytes by their header', () => {
    expect(isPdfBytes(new TextEncoder().encode('%PDF-1.7\n...'))).toBe(true);
    expect(isPdfBytes(new TextEncoder().encode('<!doctype html><html>'))).toBe(false);
  });

  it('names the site of an address, and refuses what is not http(s)', () => {
    expect(originPattern('https://files.ofsted.gov.uk/v1/file/1')).toBe('https://files.ofsted.gov.uk/*');
    expect(originPattern('file:///home/me/report.pdf')).toBeNull();
    expect(originPattern('not an address')).toBeNull();
  });
});
