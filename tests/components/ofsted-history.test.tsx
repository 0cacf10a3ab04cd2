// @vitest-environment happy-dom
// The Ofsted history's progress (panel) and the provider-page banner: words, keyboard and axe.
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthoritiesView } from '../../components/authorities-view';
import { OfstedHistory } from '../../components/ofsted-history';
import { QueueProgress } from '../../components/queue-progress';
import { authorities, authorityByCode } from '../../lib/model/authorities';
import { enqueue, EMPTY_QUEUE, settle } from '../../lib/ofsted/queue';
import { createHistoryBanner } from '../../lib/page/history-banner';
import { readProviderPage } from '../../lib/page/provider-page';
import { providerPage } from '../../support/ofsted-site';
import { axeViolations } from './axe';

afterEach(cleanup);

const file = (id: string) => `https://files.ofsted.gov.uk/v1/file/${id}`;
const item = (id: string) => ({ fileUrl: file(id), kind: 'inspection' as const, date: '2020-01-01', authority: 'Dudley' });

describe('QueueProgress', () => {
  it('says "1 of 3" with a bar, a line per finished file, and Cancel while it runs', async () => {
    let q = enqueue(EMPTY_QUEUE, [item('a'), item('b'), item('c')]);
    q = settle(q, file('a'), 'failed', 'not found on Ofsted’s site (404)');
    const onCancel = vi.fn();
    const { getByText, getByRole, container } = render(<QueueProgress queue={q} onCancel={onCancel} />);
    expect(getByText('1 of 3')).toBeTruthy();
    expect(container.querySelector('progress')!.getAttribute('value')).toBe('1');
    expect(container.querySelector('.ofsted-results li')!.textContent).toBe(
      '✗ Dudley, inspection, 1 January 2020: not found on Ofsted’s site (404)',
    );
    fireEvent.click(getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the provider-page banner', () => {
  it('offers the kinds listed, says what is saved, and passes axe', async () => {
    const attach = Element.prototype.attachShadow;
    // Open the shadow root for the test only, so the test can look inside.
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      return attach.call(this, { ...init, mode: 'open' });
    };
    try {
      document.documentElement.innerHTML = providerPage('Dudley', [
        { id: '1', label: 'Children’s services inspection, pdf - 13 January 2023' },
        { id: '2', label: 'Focused visit, pdf - 02 March 2021' },
      ]);
      const page = readProviderPage(document, 'https://reports.ofsted.gov.uk/provider/44/80464', 'Dudley')!;
      const onAdd = vi.fn();
      const banner = createHistoryBanner(document, onAdd, () => {});
      banner.show(page, new Set([file('1')]));
      const root = document.querySelector('inspection-lens-banner')!.shadowRoot!;
      expect(root.querySelector('.headline')!.textContent).toBe(
        'Inspection Lens: 2 reports for Dudley listed here (1 already saved) — Add to your history…',
      );
      const open = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
      open.click();
      expect(open.getAttribute('aria-expanded')).toBe('true');
      expect([...root.querySelectorAll('label')].map((l) => l.textContent!.trim())).toEqual([
        'Inspections (1, 1 saved)',
        'Focused visits (1)',
      ]);
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      expect(onAdd).toHaveBeenCalledWith(['inspection', 'focused visit']);
      banner.progress(1, 2, [{ ok: false, text: 'focused visit, 2021-03-02: not found on Ofsted’s site (404)' }]);
      expect(root.querySelector('[role=status]')!.textContent).toContain('1 of 2');
      expect(await axeViolations(root.querySelector('.banner')!)).toEqual([]);
      banner.destroy();
    } finally {
      Element.prototype.attachShadow = attach;
    }
  });
});

describe('OfstedHistory on the Authorities tab', () => {
  it('names each authority’s "Earlier reports from Ofsted" region after it, so axe finds no duplicate landmark', async () => {
    const groups = ['Dudley', 'Kent'].map((name) => {
      const a = authorities.find((x) => x.name === name)!;
      return { code: a.code, name, reports: [{ id: name, title: `${name} inspection`, year: '2023', url: null, copies: [name], copiesNote: '' }] };
    });
    const { container, getByRole } = render(
      <AuthoritiesView
        groups={groups}
        onCompare={() => {}}
        onBriefing={() => {}}
        onRemove={() => {}}
        fetchHistory={(code) => <OfstedHistory authority={authorityByCode(code)!} />}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
    expect(getByRole('region', { name: 'Earlier reports from Ofsted for Dudley' })).toBeTruthy();
    expect(getByRole('region', { name: 'Earlier reports from Ofsted for Kent' })).toBeTruthy();
  });
});

describe('OfstedHistory when Ofsted cannot be reached', () => {
  it('shows only the message: no empty list of reports and no "Add 0 chosen reports"', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    try {
      const { getByRole, findByRole, container } = render(<OfstedHistory authority={authorityByCode('332')!} />);
      fireEvent.click(getByRole('button', { name: /earlier reports from Ofsted/ }));
      expect((await findByRole('alert')).textContent).toMatch(/could not/i);
      expect(container.querySelector('fieldset')).toBeNull();
      expect(container.textContent).not.toMatch(/chosen report|reports listed/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
