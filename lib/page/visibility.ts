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

/** The part of `computedVisibility` that needs no style: the hidden attribute, aria-hidden and the
 * body of a closed <details>. Every element it lets through is pushed to `shown`, for
 * `stillShown` to confirm once the browser has worked out its styles. */
export function unstyledVisibility(shown: Element[]): VisibilityCheck {
  return (el) => {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || inClosedDetails(el)) return 'none';
    shown.push(el);
    return 'shown';
  };
}

type VisibilityOptions = { opacityProperty: boolean; visibilityProperty: boolean };
type Checkable = Element & { checkVisibility?: (options: VisibilityOptions) => boolean };

/** Do all of `elements` show, by the rules of `computedVisibility` (no display: none or
 * content-visibility: hidden up the tree, no opacity 0, own visibility visible)? Asked with
 * `checkVisibility` (Chrome 121+, Firefox 122+) in slices of about `budgetMs`, `pause()` between;
 * false where the browser has none, or for an element that has no box (display: contents), which
 * only means the caller reads the page again with `computedVisibility`. An empty element of no
 * line or block of its own changes no text, so it does not count. */
export async function stillShown(
  elements: Element[],
  isBreak: (el: Element) => boolean,
  pause: () => Promise<void>,
  budgetMs = 8,
): Promise<boolean> {
  const options = { opacityProperty: true, visibilityProperty: true };
  let sliceStart = performance.now();
  for (const el of elements as Checkable[]) {
    if (typeof el.checkVisibility !== 'function') return false;
    if (!el.checkVisibility(options) && (el.firstChild || isBreak(el))) return false;
    if (performance.now() - sliceStart < budgetMs) continue;
    await pause();
    sliceStart = performance.now();
  }
  return true;
}
