import { describe, expect, it } from 'vitest';
import { isBlank, offsetOfUnit, unitCounts } from '../../../lib/detect/blank-units';

/** The reference: each character tested in turn, a run of blanks counted once. */
function unitsByCharacter(text: string): number[] {
  const out: number[] = [];
  let count = 0;
  let blank = false;
  for (let i = 0; i < text.length; i++) {
    out.push(count);
    const now = isBlank(text.charCodeAt(i));
    if (!now || !blank) count++;
    blank = now;
  }
  out.push(count);
  return out;
}

describe('unitCounts', () => {
  it('counts each run of white space as one character', () => {
    expect([...unitCounts('a  b')]).toEqual([0, 1, 2, 2, 3]);
    expect([...unitCounts('Care leavers\t\t\t\tGood')]).toEqual(unitsByCharacter('Care leavers\t\t\t\tGood'));
  });

  it('equals a character-by-character count on blanks at the edges and of every kind', () => {
    const texts = ['', ' ', '  ', ' \t\n x ', 'x\u00a0 \u3000y\u2028\u2029z', 'ab', 'Help and protection \n\n\n   Requires improvement   '];
    for (const text of texts) expect([...unitCounts(text)]).toEqual(unitsByCharacter(text));
  });

  it('equals a character-by-character count over invented pages of table text', () => {
    const page = 'Overall effectiveness\t\t  Good\n\n\n   The experiences of children in care  \u00a0Requires improvement to be good\n';
    const text = page.repeat(50);
    expect([...unitCounts(text)]).toEqual(unitsByCharacter(text));
  });

  it('finds the first offset of a unit', () => {
    const units = unitCounts('a   b');
    expect(offsetOfUnit(units, 2)).toBe(2);
    expect(offsetOfUnit(units, 3)).toBe(5);
  });
});
