// @vitest-environment happy-dom
// What a reader cannot see is not page text: the content script's model follows the computed style.
import { describe, expect, it } from 'vitest';
import { extractDomText } from '../../../lib/page/dom-text';
import { computedVisibility } from '../../../lib/page/visibility';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}
const read = (html: string) => extractDomText(page(html), computedVisibility(window)).text;

describe('the text model of a rendered page', () => {
  it('skips a table hidden by a stylesheet', () => {
    const text = read(
      '<style>.old { display: none }</style><table class="old"><tr><td>Overall effectiveness</td><td>Inadequate</td></tr></table>' +
        '<table><tr><td>Overall effectiveness</td><td>Good</td></tr></table>',
    );
    expect(text).toBe('Overall effectiveness\tGood');
  });

  it('hides the own text of visibility: hidden, but not a child that sets visible again', () => {
    const text = read(
      '<style>.gone { visibility: hidden } .back { visibility: visible }</style>' +
        '<p class="gone">Inadequate <span class="back">Good</span></p>',
    );
    expect(text).toBe('Good');
  });

  it('skips hidden, opacity 0, aria-hidden and the body of a closed details, but keeps its summary', () => {
    const text = read(
      '<p hidden>One</p><p style="opacity: 0">Two</p><p aria-hidden="true">Three</p>' +
        '<details><summary>Four</summary><p>Five</p></details><details open><summary>Six</summary><p>Seven</p></details>',
    );
    expect(text.split(/\s+/)).toEqual(['Four', 'Six', 'Seven']);
  });

  it('asks for the computed style once per element, never per text node', () => {
    const cells = Array.from({ length: 200 }, (_, i) => `<td>a<b>b</b>c ${i}</td>`).join('');
    const root = page(`<table><tr>${cells}</tr></table>`);
    let asked = 0;
    const check = computedVisibility(window);
    extractDomText(root, (el) => (asked++, check(el)));
    expect(asked).toBe(root.querySelectorAll('*').length + 1);
  });
});
