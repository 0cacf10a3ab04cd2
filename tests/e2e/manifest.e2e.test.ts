// The built manifests: what the toolbar injects exists, the permissions are the ones we mean, the
// shipped builds run by themselves on gov.uk only (loopback is for test builds), no web page may
// frame the extension's pages, and Chrome's viewer address changes every session.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION, RELEASE_EXTENSION } from '../../support/browser-harness';

const read = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const FIREFOX_RELEASE = path.resolve(import.meta.dirname, '../../.output/firefox-mv2');
const FIREFOX_TEST = path.resolve(import.meta.dirname, '../../.output/firefox-mv2-test');

describe('the built extension', () => {
  it('has the content script files the toolbar button injects', () => {
    const [script] = read(RELEASE_EXTENSION).content_scripts;
    expect(script.js).toEqual(['content-scripts/inspection.js']);
    expect(script.css).toEqual(['content-scripts/inspection.css']);
    for (const file of [...script.js, ...script.css]) expect(fs.existsSync(path.join(RELEASE_EXTENSION, file))).toBe(true);
  });

  it('runs by itself on gov.uk only, reads Ofsted files, and asks before any other site', () => {
    const m = read(RELEASE_EXTENSION);
    expect(m.content_scripts[0].matches).toEqual(['https://*.gov.uk/*']);
    expect(m.host_permissions).toEqual(['https://files.ofsted.gov.uk/*', 'https://reports.ofsted.gov.uk/*']);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  });

  it('adds the loopback pages the tests serve in the test builds only', () => {
    const loopback = ['https://*.gov.uk/*', 'http://127.0.0.1/*', 'http://localhost/*'];
    expect(read(EXTENSION).content_scripts[0].matches).toEqual(loopback);
    expect(read(FIREFOX_RELEASE).content_scripts[0].matches).toEqual(['https://*.gov.uk/*']);
    expect(read(FIREFOX_TEST).content_scripts[0].matches).toEqual(loopback);
  });

  it('lets no web page frame its pages, and gives Chrome a per-session viewer address', () => {
    const chrome = read(RELEASE_EXTENSION);
    expect(chrome.content_security_policy.extension_pages).toContain("frame-ancestors 'self'");
    expect(chrome.web_accessible_resources).toEqual([
      { resources: ['viewer.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
    const firefox = read(FIREFOX_RELEASE);
    expect(firefox.content_security_policy).toContain("frame-ancestors 'self'");
    expect(firefox.web_accessible_resources).toEqual(['viewer.html']);
  });
});
