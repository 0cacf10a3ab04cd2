// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readProviderPage } from '../../../lib/page/provider-page';
import { authorityNameOfUrn } from '../../../lib/ofsted/provider-urns';
import { providerPage, tableProviderPage } from '../../../support/ofsted-site';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const DUDLEY = 'https://reports.ofsted.gov.uk/provider/44/80464';
const files = [
  { id: '11', label: "Children's services inspection, pdf - 13 January 2023" },
  { id: '12', label: 'Focused visit, pdf - 02 March 2021' },
];

describe('reading a provider page', () => {
  it('reads publication links by their hidden words', () => {
    const page = readProviderPage(parse(providerPage('Dudley', files)), DUDLEY, authorityNameOfUrn('80464'))!;
    expect(page.layout).toBe('publication-link');
    expect(page.authority).toBe('Dudley');
    expect(page.publications.map((p) => [p.kind, p.date, p.fileUrl])).toEqual([
      ['inspection', '2023-01-13', 'https://files.ofsted.gov.uk/v1/file/11'],
      ['focused visit', '2021-03-02', 'https://files.ofsted.gov.uk/v1/file/12'],
    ]);
  });

  it('falls back to any report file link and the words around it', () => {
    const page = readProviderPage(parse(tableProviderPage('Dudley', files)), DUDLEY, authorityNameOfUrn('80464'))!;
    expect(page.layout).toBe('file-links');
    expect(page.publications.map((p) => [p.kind, p.date])).toEqual([
      ['inspection', '2023-01-13'],
      ['focused visit', '2021-03-02'],
    ]);
  });

  it('says when the layout is not recognised', () => {
    const page = readProviderPage(
      parse('<h1>Dudley</h1><p>Reports are being updated.</p>'),
      DUDLEY,
      authorityNameOfUrn('80464'),
    )!;
    expect(page.layout).toBe('unrecognised');
    expect(page.publications).toEqual([]);
  });

  it('is silent on pages that are not a known authority’s provider page', () => {
    const doc = parse(providerPage('Dudley', files));
    expect(readProviderPage(doc, 'https://reports.ofsted.gov.uk/search?q=dudley', 'Dudley')).toBeNull();
    expect(
      readProviderPage(doc, 'https://reports.ofsted.gov.uk/provider/16/999999999', authorityNameOfUrn('999999999')),
    ).toBeNull();
    expect(readProviderPage(doc, 'https://www.dudley.gov.uk/provider/44/80464', 'Dudley')).toBeNull();
  });
});
