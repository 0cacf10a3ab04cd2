import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domPositionAt, extractDomText } from '../../../lib/page/dom-text';

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
