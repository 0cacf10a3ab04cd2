// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findInText, pdfRangeFor } from '../../../lib/page/pdf-ranges';
import type { PdfTextModel } from '../../../lib/pdf/pdf-text';

// Two pages of text-layer spans, as pdf.js makes them: one span per text item.
document.body.innerHTML =
  '<div id="p1"><span>Overall effectiveness</span><span>Good</span></div><div id="p2"><span>What needs to improve</span></div>';
const spans = (page: number) => [...document.querySelectorAll<HTMLElement>(`#p${page} span`)];
const model: PdfTextModel = {
  text: 'Overall effectiveness\tGood\n\nWhat needs to improve',
  pageStarts: [0, 28],
  segments: [
    { start: 0, length: 21, page: 1, item: 0, itemOffset: 0 },
    { start: 22, length: 4, page: 1, item: 1, itemOffset: 0 },
    { start: 28, length: 21, page: 2, item: 0, itemOffset: 0 },
  ],
};

describe('PDF text offsets to text-layer ranges', () => {
  it('spans text items, skipping the synthetic tab between cells', () => {
    const range = pdfRangeFor(model, spans, 0, 26)!;
    expect(range.startContainer.textContent).toBe('Overall effectiveness');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('Good');
    expect(range.endOffset).toBe(4);
  });

  it('starts and ends inside items', () => {
    const range = pdfRangeFor(model, spans, 8, 21)!;
    expect([range.startOffset, range.endOffset]).toEqual([8, 21]);
  });

  it('gives nothing for a page whose text layer is not built yet', () => {
    expect(pdfRangeFor(model, (p) => (p === 1 ? spans(1) : undefined), 28, 40)).toBeNull();
  });
});

describe('find in the text', () => {
  it('matches words across line breaks, ignoring case', () => {
    expect(findInText('children in\ncare and CARE leavers', 'care leavers')).toEqual([[21, 33]]);
  });

  it('treats the query as text, not a pattern', () => {
    expect(findInText('a (b) c', '(b)')).toEqual([[2, 5]]);
    expect(findInText('anything', '   ')).toEqual([]);
  });
});
