// Small DOM helpers and the style of the provider-page banner (it lives in a closed shadow root,
// so page CSS cannot restyle it).

/** An element with attributes and, optionally, text (set with textContent, never as HTML). */
export function el(doc: Document, tag: string, attributes: Record<string, string> = {}, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export const BANNER_CSS = `
:host { all: initial; }
.banner { position: fixed; z-index: 2147483646; right: 12px; bottom: 12px; max-width: min(30rem, 92vw); max-height: 70vh;
  overflow: auto; box-sizing: border-box; padding: .7rem .9rem; border: 2px solid #1d1d1d; border-radius: 6px;
  background: #fff; color: #1d1d1d; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.banner[hidden], form[hidden] { display: none; }
.headline { margin: 0 1.5rem .4rem 0; }
fieldset { border: 1px solid #767676; margin: .3rem 0; padding: .3rem .6rem; }
label { display: block; }
button { font: inherit; margin: .2rem .3rem .2rem 0; padding: .2rem .6rem; border: 2px solid #1d1d1d; border-radius: 4px;
  background: #f3f3f3; color: #1d1d1d; cursor: pointer; }
button:focus-visible, input:focus-visible { outline: 3px solid #1d70b8; outline-offset: 2px; }
.close { position: absolute; top: .3rem; right: .3rem; margin: 0; padding: 0 .4rem; }
progress { width: 100%; }
ul { margin: .3rem 0 0; padding-left: 1.1rem; }
.count { margin: .3rem 0 0; font-weight: 700; }
@media (prefers-color-scheme: dark) { .banner { background: #1d1d1d; color: #f3f3f3; border-color: #f3f3f3; }
  button { background: #333; color: #f3f3f3; border-color: #f3f3f3; } }
`;
