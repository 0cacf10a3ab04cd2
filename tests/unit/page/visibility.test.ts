// @vitest-environment happy-dom
// What a reader cannot see is not page text: the content script's model follows the computed style.
import { describe, expect, it } from 'vitest';
import { extractDomText } from '../../../lib/page/dom-text';
import { breaksText } from '../../../lib/page/dom-blocks';
import { computedVisibility, stillShown, unstyledVisibility } from '../../../lib/page/visibility';

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

describe('the text model read before the styles are known', () => {
  it('skips what needs no style to tell (hidden, aria-hidden, a closed details) and keeps every other element', () => {
    const root = page(
      '<p hidden>One</p><p aria-hidden="true">Two</p><details><summary>Three</summary><p>Four</p></details><p>Five</p>',
    );
    const shown: Element[] = [];
    const text = extractDomText(root, unstyledVisibility(shown)).text;
    expect(text.split(/\s+/)).toEqual(['Three', 'Five']);
    expect(shown.map((el) => el.tagName)).toEqual(['BODY', 'DETAILS', 'SUMMARY', 'P']);
  });

  const withCheck = (el: Element, visible: boolean) => Object.assign(el, { checkVisibility: () => visible }) as Element;
  const pause = () => Promise.resolve();

  it('is confirmed when every element shows, and not when one with text or a break of its own does not', async () => {
    const root = page('<p>One</p><span></span><div></div><b>Two</b>');
    const [p, span, div, b] = [...root.children];
    expect(await stillShown([withCheck(p!, true), withCheck(b!, true)], breaksText, pause)).toBe(true);
    // An empty span hidden changes no text; an empty div (a line of its own) or a b with text does.
    expect(await stillShown([withCheck(p!, true), withCheck(span!, false)], breaksText, pause)).toBe(true);
    expect(await stillShown([withCheck(div!, false)], breaksText, pause)).toBe(false);
    expect(await stillShown([withCheck(b!, false)], breaksText, pause)).toBe(false);
  });

  it('is never confirmed where the browser cannot check visibility', async () => {
    const root = page('<p>One</p>');
    const p = root.firstElementChild!;
    if ('checkVisibility' in p) Object.defineProperty(p, 'checkVisibility', { value: undefined });
    expect(await stillShown([p], breaksText, pause)).toBe(false);
  });
});
