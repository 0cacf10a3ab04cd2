// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelTabs } from '../../components/panel-tabs';
import { axeViolations } from './axe';

type EarlyTabs = typeof import('../../entrypoints/sidepanel/early-tabs');
let early: EarlyTabs;
let app: HTMLElement;

beforeEach(async () => {
  vi.resetModules(); // the row's chosen tab is module state, one per panel
  early = await import('../../entrypoints/sidepanel/early-tabs');
  app = document.createElement('div');
  document.body.append(app);
});
afterEach(() => {
  cleanup();
  app.remove();
});

/** Each tab's attributes and text, attribute order aside. */
const tabs = (root: Element) =>
  [...root.querySelectorAll('[role=tab]')].map((b) => ({
    text: b.textContent,
    attributes: Object.fromEntries([...b.attributes].map((a) => [a.name, a.value]).sort()),
  }));

describe('the early tab row', () => {
  it('is the tab row the panel renders, with the count, so nothing moves when the panel takes over', async () => {
    early.drawEarlyTabs(app, 4321);
    const { container } = render(<PanelTabs current="report" onChange={() => undefined} clipCount={4321} />);
    expect(tabs(app)).toEqual(tabs(container));
    expect(app.querySelector('#tab-clips')?.textContent).toBe('My clips (4321)');
    expect(app.querySelector('[role=tabpanel]')?.getAttribute('aria-labelledby')).toBe('tab-report');
    expect(await axeViolations(app)).toEqual([]);
  });

  it('is not drawn once the panel is there', () => {
    app.append(document.createElement('main'));
    early.drawEarlyTabs(app, 3);
    expect(app.querySelector('[role=tablist]')).toBeNull();
    app.replaceChildren();
    early.takeEarlyTabs(app);
    early.drawEarlyTabs(app, 3);
    expect(app.querySelector('[role=tablist]')).toBeNull();
  });

  it('hands the tab chosen by a click to the panel, and leaves nothing behind', () => {
    early.drawEarlyTabs(app, 12);
    app.querySelector<HTMLElement>('#tab-clips')!.click();
    expect(app.querySelector('#tab-clips')?.getAttribute('aria-selected')).toBe('true');
    expect(app.querySelector('#tab-report')?.getAttribute('aria-selected')).toBe('false');
    expect(app.querySelector('[role=tabpanel]')?.id).toBe('panel-clips');
    expect(early.takeEarlyTabs(app)).toEqual({ tab: 'clips', focused: false });
    expect(app.childNodes).toHaveLength(0);
  });

  it('moves with the arrow keys, as the panel does, and says the focus was on it', () => {
    early.drawEarlyTabs(app, 12);
    const report = app.querySelector<HTMLElement>('#tab-report')!;
    report.focus();
    report.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(document.activeElement?.id).toBe('tab-backup');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement?.id).toBe('tab-report');
    expect(early.takeEarlyTabs(app)).toEqual({ tab: 'report', focused: true });
  });

  it('moves to the last tab with End and the first with Home, as the panel does', () => {
    early.drawEarlyTabs(app, 12);
    const compare = app.querySelector<HTMLElement>('#tab-compare')!;
    compare.focus();
    compare.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement?.id).toBe('tab-backup');
    expect(document.activeElement?.getAttribute('aria-selected')).toBe('true');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(document.activeElement?.id).toBe('tab-report');
    expect(early.takeEarlyTabs(app)).toEqual({ tab: 'report', focused: true });
  });
});
