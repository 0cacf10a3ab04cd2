import { describe, expect, it } from 'vitest';
import { findAnchor, makeAnchor } from '../../../lib/model/anchor';

const TEXT = 'Plans are weak. Management oversight is weak. Later: Management oversight is weak in care.';

describe('anchoring clips', () => {
  it('finds the quote at its stored offset', () => {
    const a = makeAnchor(TEXT, 16, 45);
    expect(findAnchor(TEXT, a)).toEqual({ start: 16, end: 45 });
  });

  it('uses the context to pick the right copy when the text moved', () => {
    const a = makeAnchor(TEXT, 54, 83); // the second copy
    const moved = `New opening paragraph. ${TEXT}`;
    expect(findAnchor(moved, a)).toEqual({ start: 54 + 23, end: 83 + 23 });
  });

  it('finds the words when the layout differs (PDF lines, web paragraphs)', () => {
    const a = makeAnchor('Management oversight\nof children in care.', 0, 41);
    expect(findAnchor('Intro. Management oversight of children in care. End.', a)).toEqual({ start: 7, end: 48 });
  });

  it('says so when the quote is gone', () => {
    expect(findAnchor('A different report altogether.', makeAnchor(TEXT, 16, 45))).toBeNull();
  });
});
