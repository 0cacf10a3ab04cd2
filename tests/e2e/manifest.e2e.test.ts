// The built manifest: what the toolbar injects exists, and the permissions are the ones we mean.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION } from '../../scripts/harness';

const manifest = () => JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));

describe('the built extension', () => {
  it('has the content script files the toolbar button injects', () => {
    const [script] = manifest().content_scripts;
    expect(script.js).toEqual(['content-scripts/inspection.js']);
    expect(script.css).toEqual(['content-scripts/inspection.css']);
    for (const file of [...script.js, ...script.css]) expect(fs.existsSync(path.join(EXTENSION, file))).toBe(true);
  });

  it('runs by itself on gov.uk only, reads Ofsted files, and asks before any other site', () => {
    const m = manifest();
    expect(m.content_scripts[0].matches).toContain('https://*.gov.uk/*');
    expect(m.host_permissions).toEqual(['https://files.ofsted.gov.uk/*', 'https://reports.ofsted.gov.uk/*']);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  });
});
