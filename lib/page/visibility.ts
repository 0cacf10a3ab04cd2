// What the reader can see, for the DOM text model. Hidden text must not become a finding: a table
// hidden by a stylesheet was detected, painted and listed first. Each element is asked once, top
// down (a hidden element's subtree is never entered), so the walk stays linear in the page.

/** How much of an element shows: all of it, its children only (their own visibility decides; its
 * own text is hidden, as with `visibility: hidden`), or none of it (not walked at all). */
export type Visibility = 'shown' | 'children-only' | 'none';

/** Asked once per element the walk reaches. */
export type VisibilityCheck = (el: Element) => Visibility;

/** From attributes alone, for documents that are not rendered (the command line, files read in the
 * panel): the hidden attribute, aria-hidden and inline display / visibility styles. */
export const attributeVisibility: VisibilityCheck = (el) =>
  el.hasAttribute('hidden') ||
  el.getAttribute('aria-hidden') === 'true' ||
  /display:\s*none|visibility:\s*hidden/i.test(el.getAttribute('style') ?? '')
    ? 'none'
    : 'shown';

/** A closed <details> shows its summary only. */
const inClosedDetails = (el: Element) => {
  const parent = el.parentElement;
  return parent?.tagName === 'DETAILS' && !parent.hasAttribute('open') && el.tagName !== 'SUMMARY';
};

/** From the computed style, for a rendered page (the content script): display none, the hidden
 * attribute and `hidden="until-found"`, content-visibility hidden, opacity 0, aria-hidden, the body
 * of a closed <details>; `visibility: hidden | collapse` hides an element's own text only, since
 * a child may set `visibility: visible`. */
export function computedVisibility(view: Window): VisibilityCheck {
  return (el) => {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || inClosedDetails(el)) return 'none';
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.contentVisibility === 'hidden' || style.opacity === '0') return 'none';
    return style.visibility === 'hidden' || style.visibility === 'collapse' ? 'children-only' : 'shown';
  };
}
