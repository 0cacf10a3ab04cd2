import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domPositionAt, extractDomText, extractDomTextSliced } from '../../../lib/page/dom-text';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe('DOM text model', () => {
  it('turns table cells into tab-separated rows and skips scripts and hidden content', () => {
    const model = extractDomText(
      body(
        '<h2>Judgements</h2><table><tr><td>Overall effectiveness</td><td>Good</td></tr></table><script>var x = "Good"</script><p hidden>Inadequate</p>',
      ),
    );
    expect(model.text).toBe('Judgements\n\nOverall effectiveness\tGood');
  });

  it('marks list items as bullet lines', () => {
    expect(extractDomText(body('<h3>What needs to improve?</h3><ul><li>Plans.</li><li>Visits.</li></ul>')).text).toBe(
      'What needs to improve?\n\n• Plans.\n• Visits.',
    );
  });

  it('maps text offsets back to DOM text nodes', () => {
    const model = extractDomText(body('<p>Services are <b>good</b>.</p>'));
    const at = model.text.indexOf('good');
    const pos = domPositionAt(model, at);
    expect(pos?.node.data).toBe('good');
    expect(pos?.offset).toBe(0);
  });
});

describe('walking large and deep pages', () => {
  it('walks 100,000 levels of nesting without overflowing the stack', () => {
    const root = body('');
    let deep = root;
    for (let i = 0; i < 100_000; i++) {
      const div = root.ownerDocument.createElement('div');
      deep.appendChild(div);
      deep = div;
    }
    deep.appendChild(root.ownerDocument.createTextNode('Overall effectiveness is good.'));
    expect(extractDomText(root).text).toBe('Overall effectiveness is good.');
  });

  it('builds the same model in slices as in one go', async () => {
    const html = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} <b>bold</b></p><ul><li>item</li></ul>`).join('');
    let pauses = 0;
    const sliced = await extractDomTextSliced(body(html), { pause: async () => void pauses++, budgetMs: 0 });
    const whole = extractDomText(body(html));
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => s.start)).toEqual(whole.segments.map((s) => s.start));
    expect(pauses).toBeGreaterThan(10);
  });

  it('reads a page that fits its first, longer slice without pausing at all', async () => {
    const html = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} about the inspection.</p>`).join('');
    let pauses = 0;
    const model = await extractDomTextSliced(body(html), {
      pause: async () => void pauses++,
      budgetMs: 0,
      firstBudgetMs: 60_000,
    });
    expect(pauses).toBe(0);
    expect(model.text).toBe(extractDomText(body(html)).text);
  });

  it('hands over the beginning of the model while it goes on reading the rest', async () => {
    const html = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} <b>bold</b></p>`).join('');
    const heads: Array<{ text: string; segments: number }> = [];
    const take = (m: { text: string; segments: unknown[] }) => heads.push({ text: m.text, segments: m.segments.length });
    const model = await extractDomTextSliced(body(html), { pause: async () => {}, budgetMs: 0, head: { chars: 5000, take } });
    expect(heads).toHaveLength(1);
    expect(heads[0]!.text.length).toBeGreaterThanOrEqual(5000);
    expect(heads[0]!.text.length).toBeLessThan(model.text.length);
    expect(model.text.startsWith(heads[0]!.text)).toBe(true);
    // The head's map is its own: the rest of the reading does not grow it.
    expect(heads[0]!.segments).toBeLessThan(model.segments.length);
  });
});
