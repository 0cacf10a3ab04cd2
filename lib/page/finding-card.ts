// The card that says what a finding is. It lives in a closed shadow root, so page CSS cannot
// restyle it and page scripts cannot read it; its text is set with textContent, never as HTML.
// The same root holds a layer for marks that page scripts must not read (saved clips). The card
// takes the pointer (card-hover.ts keeps it while the pointer is on it), so it can be read and selected.
import type { FindingDescription } from '../model/describe-finding';

export const CARD_TAG = 'inspection-lens-card';

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: min(28rem, 90vw); box-sizing: border-box;
  padding: .6rem .8rem; border: 2px solid #1d1d1d; border-radius: 6px; background: #fff; color: #1d1d1d;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); user-select: text; }
.card[hidden] { display: none; }
.title { font-weight: 700; margin: 0 0 .25rem; }
.detail { margin: 0; }
.legend { margin: .3rem 0 0; font-size: 13px; }
.legend[hidden] { display: none; }
.keys { margin: .4rem 0 0; font-size: 12px; color: #444; }
@media (prefers-color-scheme: dark) { .card { background: #1d1d1d; color: #f3f3f3; border-color: #f3f3f3; } .keys { color: #ccc; } }
`;

export interface FindingCard {
  /** Shows the card beside `anchor` (a rectangle in viewport coordinates). */
  show(description: FindingDescription, anchor: DOMRect, position?: string): void;
  hide(): void;
  /** A layer inside the closed shadow root for marks page scripts must not read; made on first use. */
  layer(): HTMLElement;
  isOwnNode(node: Node | null): boolean;
  destroy(): void;
}

/** Creates the card lazily: nothing is added to the page until the first show(). */
export function createFindingCard(doc: Document): FindingCard {
  let host: HTMLElement | null = null;
  let card: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  const parts: Record<'title' | 'detail' | 'legend' | 'keys', HTMLElement | null> = {
    title: null,
    detail: null,
    legend: null,
    keys: null,
  };

  function build(): HTMLElement {
    host = doc.createElement(CARD_TAG);
    // Out of the page's flow, so adding the card never makes the page longer or scroll.
    for (const [name, value] of Object.entries({
      position: 'fixed',
      top: '0',
      left: '0',
      width: '0',
      height: '0',
      overflow: 'visible',
    }))
      host.style.setProperty(name, value, 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'status');
    card.setAttribute('aria-live', 'polite');
    for (const name of ['title', 'detail', 'legend', 'keys'] as const) {
      const p = doc.createElement('p');
      p.className = name;
      parts[name] = p;
      card.append(p);
    }
    card.hidden = true;
    layer = doc.createElement('div');
    shadow.append(style, card, layer);
    doc.documentElement.append(host);
    return card;
  }

  // A page script may remove the host (the card would then never show again): it is put back when
  // next used, never on the removal itself, so a page that keeps removing it cannot make a loop.
  function attached(): HTMLElement {
    if (!card) return build();
    if (!host!.isConnected) doc.documentElement.append(host!);
    return card;
  }

  return {
    show(description, anchor, position) {
      const el = attached();
      parts.title!.textContent = description.title;
      parts.detail!.textContent = description.detail;
      // The whole scale, for an outcome or rating that is not the four-point grade.
      parts.legend!.textContent = description.legend ?? '';
      parts.legend!.hidden = !description.legend;
      parts.keys!.textContent = `${position ? `${position} · ` : ''}Alt+Shift+N next · Alt+Shift+P previous · Esc close`;
      el.hidden = false;
      const view = doc.defaultView!;
      const below = anchor.bottom + 8;
      const top = below + el.offsetHeight > view.innerHeight ? Math.max(4, anchor.top - el.offsetHeight - 8) : below;
      el.style.top = `${top}px`;
      el.style.left = `${Math.max(4, Math.min(anchor.left, view.innerWidth - el.offsetWidth - 4))}px`;
    },
    hide() {
      if (card) card.hidden = true;
    },
    layer() {
      attached();
      return layer!;
    },
    isOwnNode: (node) => !!host && !!node && (node === host || host.contains(node)),
    destroy() {
      host?.remove();
      host = card = layer = null;
    },
  };
}
