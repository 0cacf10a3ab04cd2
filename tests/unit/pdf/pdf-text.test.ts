import { describe, expect, it } from 'vitest';
import { buildPdfText } from '../../../lib/pdf/pdf-text';
import type { PdfItem } from '../../../lib/pdf/pdf-lines';

let index = 0;
const item = (str: string, x: number, y: number, width = str.length * 6, size = 12): PdfItem => ({
  str,
  x,
  y,
  width,
  size,
  font: 'f1',
  index: index++,
});
const page = (items: PdfItem[]) => ({ items, width: 595, height: 842 });

describe('PDF text model', () => {
  it('joins a grade that wraps beside a one-line label into one table row', () => {
    const model = buildPdfText([
      page([
        item('1. Children who need help and protection', 70, 402.8, 250),
        item('Requires', 409, 410),
        item('improvement', 409, 395.5),
      ]),
    ]);
    expect(model.text).toBe('1. Children who need help and protection\tRequires improvement');
  });

  it('joins a label that wraps under a top-aligned grade', () => {
    const model = buildPdfText([
      page([
        item('The impact of leaders on social work', 76, 527, 194),
        item('practice with children and families', 76, 512.6, 180),
        item('Good', 303, 527),
      ]),
    ]);
    expect(model.text).toBe('The impact of leaders on social work practice with children and families\tGood');
  });

  it('keeps a map from every copied character back to its page and item', () => {
    const a = item('Hello', 70, 700);
    const b = item('world', 70, 600);
    const model = buildPdfText([page([a]), page([b])]);
    const seg = model.segments.find((s) => model.text.slice(s.start, s.start + s.length) === 'world');
    expect(seg).toMatchObject({ page: 2, item: b.index });
    expect(model.pageStarts).toEqual([0, model.text.indexOf('world')]);
  });

  it('drops running footers and page numbers repeated across pages', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        item(`Body text on page ${n}.`, 70, 700),
        item('Inspection of Dudley children’s services', 70, 39),
        item(String(n), 513, 24),
      ]),
    );
    const model = buildPdfText(pages);
    expect(model.text).not.toContain('Inspection of Dudley');
    expect(model.text.split('\n').filter(Boolean)).toEqual([
      'Body text on page 1.',
      'Body text on page 2.',
      'Body text on page 3.',
    ]);
  });

  it('turns private-use bullet glyphs into bullets', () => {
    expect(buildPdfText([page([item('\uf0b7', 70, 700, 6), item('Ensure that plans are clear.', 88, 700)])]).text).toBe(
      '• Ensure that plans are clear.',
    );
  });
});
