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
    const sliced = await extractDomTextSliced(body(html), async () => void pauses++, 0);
    const whole = extractDomText(body(html));
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => s.start)).toEqual(whole.segments.map((s) => s.start));
    expect(pauses).toBeGreaterThan(10);
  });
});
