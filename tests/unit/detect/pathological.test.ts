import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Correctness only: these must finish (vitest's timeout catches a hang) and return sane output.
// Speed is measured in `npm run bench`, never asserted here.
describe('pathological input', () => {
  it('1 MB of one repeated line', () => {
    const text = 'The overall effectiveness of services is good and the board '.repeat(17000).replace(/board /g, 'board\n');
    const found = detectReport(text);
    expect(found.judgements.length).toBeGreaterThan(0);
  });

  it('deeply nested bullets', () => {
    const text =
      'Recommendations\n\n' +
      Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i % 40)}• Ensure that item ${i} is done`).join('\n');
    expect(detectReport(text).recommendations.length).toBeGreaterThan(100);
  });

  it('no line breaks at all', () => {
    const text = 'word '.repeat(200000) + 'Children’s services in Dudley are inadequate.';
    const found = detectReport(text);
    expect(found.judgements.map((j) => j.grade)).toEqual(['inadequate']);
  });

  it('empty and whitespace-only text', () => {
    expect(detectReport('')).toMatchObject({ judgements: [], recommendations: [] });
    expect(detectReport('\n\n\t  \n')).toMatchObject({ judgements: [], recommendations: [] });
  });
});
