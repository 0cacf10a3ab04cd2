// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareTab } from '../../entrypoints/sidepanel/compare-tab';
import type { StoreView } from '../../entrypoints/sidepanel/use-store';
import type { StoredReport } from '../../lib/storage/schemas';
import { makeReport } from '../unit/storage/fixtures';

afterEach(cleanup);

const storeOf = (reports: StoredReport[]): StoreView => ({
  store: null,
  reports: new Map(reports.map((r) => [r.id, r])),
  clips: [],
  decisions: [],
  problem: null,
  write: vi.fn(),
});

describe('CompareTab with no report open', () => {
  it('offers no way back to an open report when none is open', () => {
    const { queryByText } = render(<CompareTab page={null} store={storeOf([makeReport()])} chosen="332" onBack={vi.fn()} />);
    expect(queryByText(/Back to the open report/)).toBeNull();
  });

  it('compares the one authority whose reports are stored', () => {
    const dudley = makeReport('a', { document: { ...makeReport().document, authority: 'Dudley', authorityUrn: '80464' } });
    const { container, queryByText } = render(
      <CompareTab page={null} store={storeOf([dudley])} chosen={null} onBack={vi.fn()} />,
    );
    expect(queryByText(/^Open a report, or choose an authority/)).toBeNull();
    expect(container.textContent).toMatch(/Dudley/);
  });
});
