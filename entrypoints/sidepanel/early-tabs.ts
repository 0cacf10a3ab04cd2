// The panel's tab row, drawn by its first script as soon as the clips are counted, while the rest of
// the panel's script (about 300 kB) is still being loaded, parsed and run: "My clips (N)" shows
// about as soon as the store answers, not after that script. The row is the same markup PanelTabs
// renders (same ids, roles, labels and classes, so nothing moves when the panel takes over) and works
// the same way meanwhile: a click or an arrow key chooses a tab, which the panel then opens on, and
// focus stays on the chosen tab when the panel replaces the row.
import { TABS, tabForKey, type PanelTab } from '../../components/panel-tab-names';

let chosen: PanelTab = 'report';
let taken = false;

function choose(row: HTMLElement, tab: PanelTab): void {
  chosen = tab;
  for (const button of row.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
    const on = button.id === `tab-${tab}`;
    button.setAttribute('aria-selected', String(on));
    button.tabIndex = on ? 0 : -1;
    if (on) button.setAttribute('aria-controls', `panel-${tab}`);
    else button.removeAttribute('aria-controls');
  }
  const panel = row.nextElementSibling;
  panel?.setAttribute('id', `panel-${tab}`);
  panel?.setAttribute('aria-labelledby', `tab-${tab}`);
}

/** Draws the tab row into `app` with My clips' count, unless the panel has already been rendered. */
export function drawEarlyTabs(app: HTMLElement, clipCount: number): void {
  if (taken || app.firstChild) return;
  const main = document.createElement('main');
  main.className = 'panel';
  const heading = document.createElement('h1');
  heading.className = 'visually-hidden';
  heading.textContent = 'Inspection Lens';
  const row = document.createElement('div');
  row.setAttribute('role', 'tablist');
  row.setAttribute('aria-label', 'Inspection Lens');
  for (const [id, label] of TABS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'tab');
    button.id = `tab-${id}`;
    button.textContent = id === 'clips' ? `${label} (${clipCount})` : label;
    button.addEventListener('click', () => choose(row, id));
    row.append(button);
  }
  // Arrow keys, Home and End move along the row, as PanelTabs does.
  row.addEventListener('keydown', (e) => {
    const next = tabForKey(chosen, e.key);
    if (!next) return;
    e.preventDefault();
    choose(row, next);
    row.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  });
  const panel = document.createElement('div');
  panel.setAttribute('role', 'tabpanel');
  main.append(heading, row, panel);
  choose(row, chosen);
  app.append(main);
  performance.mark('inspection-lens:early-tabs-drawn');
}

/** Removes the early row from `app` (the panel is about to render there): the tab chosen on it
 * ('report' if none), and whether one of its tabs had the focus. */
export function takeEarlyTabs(app: HTMLElement): { tab: PanelTab; focused: boolean } {
  taken = true;
  const focused = document.activeElement?.closest('[role=tablist]') != null && app.contains(document.activeElement);
  app.replaceChildren();
  return { tab: chosen, focused };
}
