import { describe, expect, it } from 'vitest';
import { autoOpenRule, isPdfAddress, OFSTED_FILE_REGEX } from '../../../entrypoints/background/pdf-opening';
import { isPdfBytes, originPattern } from '../../../entrypoints/viewer/load-source';
import { fileTitle, openedAddress, viewerSearch } from '../../../lib/viewer/viewer-address';

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
    expect(rule.action.redirect?.regexSubstitution).toBe('chrome-extension://abc/viewer.html?raw=\\0');
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
    // No port: Firefox grants a pattern with one but lets no request through it.
    expect(originPattern('http://127.0.0.1:8080/x.pdf')).toBe('http://127.0.0.1/*');
    expect(originPattern('file:///home/me/report.pdf')).toBeNull();
    expect(originPattern('not an address')).toBeNull();
  });
});

describe('viewer addresses', () => {
  const tricky = 'https://files.ofsted.gov.uk/v1/file/50212345?name=a&b=c+d%25e';
  /** What the redirect rule makes of an address: its substitution with \\0 replaced, as the browser does. */
  const redirected = (address: string) =>
    new URL(autoOpenRule('chrome-extension://abc/viewer.html').action.redirect!.regexSubstitution!.replace('\\0', address));

  it('keeps &, + and % in an address the Ofsted redirect inserts unencoded', () => {
    expect(openedAddress(redirected(tricky).search)).toEqual({ url: tricky });
  });

  it('reads our own encoded addresses, and normalises them', () => {
    expect(openedAddress(viewerSearch(tricky, 'clip-1'))).toEqual({ url: tricky });
    expect(openedAddress(viewerSearch('HTTPS://Example.ORG/a b.pdf'))).toEqual({ url: 'https://example.org/a%20b.pdf' });
    expect(openedAddress(viewerSearch('https://example.gov.uk/100%.pdf'))).toEqual({ url: 'https://example.gov.uk/100%.pdf' });
    expect(openedAddress('')).toBeNull();
  });

  it('gives a sentence, not a blank viewer, for an address it cannot read', () => {
    for (const bad of ['%', 'not an address', 'javascript:alert(1)', 'file:///etc/passwd'])
      expect(openedAddress(viewerSearch(bad))).toEqual({ problem: expect.stringContaining('not a web address') });
    expect(openedAddress('?file=%E0%A4%A')).toEqual({ problem: expect.stringContaining('not a web address') });
  });

  it('names the tab after the file, even with a literal %', () => {
    expect(fileTitle('https://example.gov.uk/docs/100%.pdf')).toBe('100%.pdf');
    expect(fileTitle('https://example.gov.uk/docs/Ofsted%20report.pdf')).toBe('Ofsted report.pdf');
  });
});
