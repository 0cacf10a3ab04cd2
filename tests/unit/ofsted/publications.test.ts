import { describe, expect, it } from 'vitest';
import {
  isOfstedFileUrl,
  listPublications,
  parsePublication,
  providerPageUrl,
  providerUrnOf,
  publicationDate,
  publicationKind,
} from '../../../lib/ofsted/publications';

const file = (id: string) => `https://files.ofsted.gov.uk/v1/file/${id}`;

describe('Ofsted publication links', () => {
  it('reads kind and date from the hidden words of a publication link', () => {
    expect(parsePublication("children's services inspection, pdf - 16 august 2013", file('50001'))).toEqual({
      kind: 'inspection',
      date: '2013-08-16',
      fileUrl: file('50001'),
      label: "children's services inspection, pdf - 16 august 2013",
    });
  });

  it.each([
    ['Children’s services inspection, pdf - 13 January 2023', 'inspection'],
    ['Inspection of local authority children’s services, pdf - 1 March 2019', 'inspection'],
    ['Safeguarding and looked after children, pdf - 3 May 2012', 'inspection'],
    ['Focused visit, pdf - 02 March 2021', 'focused visit'],
    ['Monitoring visit, pdf - 20 June 2017', 'monitoring visit'],
    ['Joint targeted area inspection, pdf - 4 July 2019', 'joint inspection'],
    ['JTAI letter, pdf - 4 July 2019', 'joint inspection'],
    ['Area SEND inspection, pdf - 11 March 2025', 'area SEND'],
    ['Local area special educational needs and/or disabilities revisit, pdf - 2 Feb 2022', 'area SEND'],
    ['Annual engagement meeting letter, pdf - 2 Feb 2022', 'other'],
  ] as const)('“%s” is a %s', (text, kind) => expect(publicationKind(text)).toBe(kind));

  it.each([
    ['pdf - 16 august 2013', '2013-08-16'],
    ['pdf - 1st Sept 2020', '2020-09-01'],
    ['Area SEND inspection12 July 2024Download', '2024-07-12'],
    ['published 05/04/2016', '2016-04-05'],
    ['November 2022', '2022-11'],
    ['Mayor 2013 and 45 marches 2019', null],
    ['no date at all', null],
  ])('the date of “%s” is %s', (text, date) => expect(publicationDate(text)).toBe(date));

  it('refuses addresses that are not Ofsted report files', () => {
    expect(parsePublication('inspection, pdf - 1 May 2020', 'https://example.org/v1/file/1')).toBeNull();
    expect(parsePublication('inspection, pdf - 1 May 2020', 'http://files.ofsted.gov.uk/v1/file/1')).toBeNull();
    expect(isOfstedFileUrl('https://files.ofsted.gov.uk.evil.example/v1/file/1')).toBe(false);
    expect(isOfstedFileUrl(file('2753832'))).toBe(true);
  });

  it('lists one publication per file, newest first', () => {
    const list = listPublications([
      { text: 'Focused visit, pdf - 2 March 2021', href: file('1') },
      { text: 'Inspection, pdf - 13 January 2023', href: file('2') },
      { text: 'Inspection again', href: `${file('2')}#page=1` },
      { text: 'Search', href: 'https://reports.ofsted.gov.uk/search' },
    ]);
    expect(list.map((p) => [p.fileUrl, p.date])).toEqual([
      [file('2'), '2023-01-13'],
      [file('1'), '2021-03-02'],
    ]);
  });

  it('builds and reads provider page addresses', () => {
    expect(providerPageUrl('80464')).toBe('https://reports.ofsted.gov.uk/provider/44/80464');
    expect(providerUrnOf('https://reports.ofsted.gov.uk/provider/44/80464')).toBe('80464');
    expect(providerUrnOf('https://reports.ofsted.gov.uk/provider/44/80464?tab=reports#x')).toBe('80464');
    expect(providerUrnOf('https://reports.ofsted.gov.uk/search?q=80464')).toBeNull();
    expect(providerUrnOf('https://example.org/provider/44/80464')).toBeNull();
  });

  it('reads a long list in linear time', () => {
    const links = Array.from({ length: 20000 }, (_, i) => ({
      text: `Monitoring visit, pdf - ${(i % 28) + 1} May 2020 ${'x '.repeat(50)}`,
      href: file(String(i)),
    }));
    expect(listPublications(links)).toHaveLength(20000);
  });
});
