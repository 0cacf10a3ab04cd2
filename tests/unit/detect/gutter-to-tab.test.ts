import { describe, expect, it } from 'vitest';
import { gutterToTab } from '../../../lib/detect/gutter-to-tab';
import { GRADE_SOURCE } from '../../../lib/detect/grades';

// The lookbehind form it replaced (issue 16: the same cells, at half the cost on laid-out text).
const LINE_END_GRADE = new RegExp(`(?<=\\S) {2}(?=["'‘’“”]?(?:${GRADE_SOURCE})["'‘’“”]?\\.?[ \\t]*$)`, 'gim');
function reference(text: string): string {
  if (!text.includes('  ')) return text;
  const tab = (run: string) => '\t' + ' '.repeat(run.length - 1);
  return text.replace(/(?<=\S) {3,}(?=\S)/g, tab).replace(LINE_END_GRADE, tab);
}

const PIECES = ['Care leavers', 'Good', '‘good’', 'x', 'requires improvement', '.', '\t', '\n', '\u00a0', '2', 'Area'];
const BLANKS = ['', ' ', '  ', '   ', '    ', ' '.repeat(9), '\n', ' \n', '\t  '];

describe('gutterToTab', () => {
  it('gives the cells the lookbehind form gives, on every mix of runs, line ends and grades', () => {
    let changed = 0;
    for (let seed = 1; seed <= 300; seed++) {
      let s = seed;
      const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
      const pick = (from: string[]) => from[Math.floor(next() * from.length)]!;
      const text = Array.from({ length: 60 }, () => pick(PIECES) + pick(BLANKS)).join('');
      const out = gutterToTab(text);
      if (out !== text) changed++;
      expect(out, `seed ${seed}`).toBe(reference(text));
    }
    expect(changed).toBeGreaterThan(100);
  });

  it('keeps every offset: "Care leavers  Good" and a wide gutter become tabs and spaces', () => {
    expect(gutterToTab('Care leavers  Good\nOverall effectiveness     Inadequate')).toBe(
      'Care leavers\t Good\nOverall effectiveness\t    Inadequate',
    );
  });
});
