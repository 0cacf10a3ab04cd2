import { describe, expect, it } from 'vitest';
import { isStorableAddress, isStorableReportId, webAddress } from '../../../lib/storage/addresses';

describe('addresses a restored report may have', () => {
  it('accepts http(s) addresses and normalises them', () => {
    expect(webAddress('https://Example.gov.uk/a b')).toBe('https://example.gov.uk/a%20b');
    expect(isStorableAddress('http://127.0.0.1:8080/report.html')).toBe(true);
  });

  it('accepts the identities the extension makes for local files', () => {
    expect(isStorableAddress('chrome-extension://abcdefghijklmnopabcdefghijklmnop/viewer.html')).toBe(true);
    expect(isStorableAddress('moz-extension://0b9d8c1e-2f3a-4b5c-8d7e-112233445566/viewer.html?file=x')).toBe(true);
    expect(isStorableAddress('file:Dudley 2018.pdf')).toBe(true);
    expect(isStorableReportId('file:3f2a9c')).toBe(true);
    expect(isStorableReportId('a1b2c3d4e5f60718293a4b5c6d7e8f90')).toBe(true);
  });

  it.each([
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'vbscript:msgbox(1)',
    'blob:https://example.gov.uk/1234',
    'file:///etc/passwd',
    'chrome-extension://abc/options.html',
    'chrome://settings',
    'https://example.gov.uk/a\n<script>',
    'https://',
    '',
  ])('refuses %j', (address) => {
    expect(isStorableAddress(address)).toBe(false);
    expect(webAddress(address)).toBeNull();
  });

  it('refuses a report id that is an address of another kind', () => {
    expect(isStorableReportId('javascript:alert(1)')).toBe(false);
    expect(isStorableReportId('data:,x')).toBe(false);
  });
});
