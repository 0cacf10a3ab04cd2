import { describe, expect, it } from 'vitest';
import { copyKindOf, groupCopies } from '../../../lib/model/report-copies';
import type { SourceDocument } from '../../../lib/compare/inspection-types';

const doc = (id: string, document: Partial<SourceDocument['document']>): SourceDocument => ({
  id,
  title: `Dudley: ${id}`,
  document: {
    authority: 'Dudley',
    authorityUrn: '80464',
    framework: 'ILACS',
    kind: "children's services inspection",
    inspectionDates: '12 to 23 November 2018',
    publicationDate: '2019-01-07',
    ...document,
  },
  judgements: [],
  recommendations: [],
});

describe('groupCopies', () => {
  it('puts the web page and the PDF of one Ofsted report together, however the dates are written', () => {
    const pdf = doc('fp-3a9c', { inspectionDates: '12–23 November 2018' });
    const page = doc('https://reports.ofsted.gov.uk/provider/44/80464', {});
    const other = doc('fp-77', {
      inspectionDates: '11 January to 8 February 2016',
      publicationDate: '2016-04-05',
      framework: 'SIF',
    });
    expect(groupCopies([pdf, other, page]).map((g) => g.map((d) => d.id))).toEqual([
      ['fp-3a9c', 'https://reports.ofsted.gov.uk/provider/44/80464'],
      ['fp-77'],
    ]);
  });

  it('keeps apart two documents of one month that differ in kind, framework, authority or dates', () => {
    const base = doc('a', {});
    const variants = [
      doc('b', { kind: 'focused visit' }),
      doc('c', { framework: null }),
      doc('d', { authorityUrn: '80444' }),
      doc('e', { inspectionDates: '13 to 23 November 2018' }),
      doc('f', { inspectionDates: null, publicationDate: '2019-01-08' }),
    ];
    expect(groupCopies([base, ...variants])).toHaveLength(6);
  });

  it('joins copies when only one gives the publication date (the dates name the inspection)', () => {
    expect(groupCopies([doc('x', {}), doc('https://x.test/r', { publicationDate: null })])).toHaveLength(1);
  });

  it('never joins council papers, nor documents without dates or authority (two papers of a month differ)', () => {
    const paper = (id: string) => doc(id, { kind: 'council paper', framework: null });
    expect(groupCopies([paper('p1'), paper('p2')])).toHaveLength(2);
    expect(
      groupCopies([
        doc('x', { inspectionDates: null, publicationDate: null }),
        doc('y', { inspectionDates: null, publicationDate: null }),
      ]),
    ).toHaveLength(2);
    expect(groupCopies([doc('x', { authorityUrn: null }), doc('y', { authorityUrn: null })])).toHaveLength(2);
  });

  it('joins copies stored before kinds were read by framework and dates', () => {
    expect(groupCopies([doc('x', { kind: undefined }), doc('https://x.test/r', { kind: undefined })])).toHaveLength(1);
  });
});

describe('copyKindOf', () => {
  it('names a page saved by its address and a PDF saved by its fingerprint', () => {
    expect(copyKindOf('https://reports.ofsted.gov.uk/provider/44/80464')).toBe('web page');
    expect(copyKindOf('https://files.ofsted.gov.uk/v1/file/50051238.pdf')).toBe('PDF');
    expect(copyKindOf('3a9c0f5e8b')).toBe('PDF');
  });
});
