import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { splitInlineBullets } from '../../../lib/detect/inline-bullets';

// A web page that puts a report's bulleted list into one paragraph ("What needs to improve? ◼ A ◼ B"):
// the bullets still mark items (invented wording, the shape of ILACS "What needs to improve" lists).
const REPORT = 'Inspection of Anyshire local authority children’s services\n\nInspection dates: 3 to 14 March 2025\n\n';
const ITEMS = [
  'The timeliness of assessments for disabled children.',
  'Oversight by managers of plans for children in need.',
  'The range of homes close by for children in care.',
];
const quotes = (body: string) => detectReport(REPORT + body).recommendations.map((r) => r.quote);

describe('inline bullet runs after an improvement heading are items', () => {
  it.each(['◼', '▪', '•', '●'])('%s after the heading on one line', (mark) => {
    expect(quotes(`What needs to improve? ${ITEMS.map((t) => `${mark} ${t}`).join(' ')}\n\nOther text.\n`)).toEqual(ITEMS);
  });

  it('a run on the line after the heading', () => {
    expect(quotes(`What needs to improve?\n${ITEMS.map((t) => `◼ ${t}`).join(' ')}\n`)).toEqual(ITEMS);
  });

  it('keeps every offset (the text is only re-broken)', () => {
    const text = 'What needs to improve? ◼ One thing. ◼ Another.';
    const split = splitInlineBullets(text);
    expect(split.length).toBe(text.length);
    expect(split).toBe('What needs to improve?\n◼ One thing.\n◼ Another.');
  });

  it('a single bullet, or bullets inside a long sentence, are left alone', () => {
    expect(splitInlineBullets('Home ◼ Contact')).toBe('Home ◼ Contact');
    const prose = `${'The council has worked hard with its partners over the last two years to improve '.repeat(2)}◼ a ◼ b`;
    expect(splitInlineBullets(prose)).toBe(prose);
  });
});
