// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthoritiesTab } from '../../entrypoints/sidepanel/authorities-tab';
import { CompareTab } from '../../entrypoints/sidepanel/compare-tab';
import type { StoreView } from '../../entrypoints/sidepanel/use-store';
import type { PageReport } from '../../lib/messages/contracts';
import type { StoredReport } from '../../lib/model/store-schemas';
import { makeReport } from '../unit/storage/fixtures';
import { axeViolations } from './axe';

afterEach(cleanup);

const storeOf = (reports: StoredReport[]): StoreView => ({
  store: null,
  reports: new Map(reports.map((r) => [r.id, r])),
  clips: [],
  clipsLoaded: true,
  newest: null,
  clipCount: 0,
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

/** The open report as the page sends it to the panel: found, not yet saved (no fingerprint). */
const openUnsaved = (report: ReturnType<typeof makeReport>): PageReport =>
  ({
    reportId: report.id,
    fingerprint: null,
    url: report.urls[0]!,
    title: 'Dudley 2022',
    findings: { document: report.document, judgements: report.judgements, recommendations: report.recommendations },
    located: [],
    recommendationAnchors: [],
    missingClips: [],
  }) as PageReport;

describe('CompareTab with an open report that is not saved', () => {
  const report = makeReport('open-2022');
  const page = openUnsaved(report);
  const older = makeReport('older-2018', { title: 'Dudley 2018' });

  it('says plainly that the comparison from Authorities and the briefing leave it out, and offers to save it', () => {
    const store = storeOf([older]);
    const { getByText, getByRole } = render(<CompareTab page={page} store={store} chosen="332" onBack={vi.fn()} />);
    expect(
      getByText(/The open report “Dudley 2022” is not saved, so this comparison and the meeting briefing leave it out\./),
    ).toBeTruthy();
    fireEvent.click(getByRole('button', { name: 'Save report' }));
    expect(store.write).toHaveBeenCalledTimes(1);
  });

  it('says the briefing leaves it out when comparing from the open report', () => {
    const { getByText } = render(<CompareTab page={page} store={storeOf([older])} chosen={null} onBack={vi.fn()} />);
    expect(
      getByText(/The open report “Dudley 2022” is not saved, so the meeting briefing and Authorities leave it out\./),
    ).toBeTruthy();
  });

  it('says nothing once it is saved', () => {
    const { queryByText } = render(<CompareTab page={page} store={storeOf([older, report])} chosen="332" onBack={vi.fn()} />);
    expect(queryByText(/is not saved/)).toBeNull();
  });
});

describe('AuthoritiesTab with an open report that is not saved', () => {
  it('says the list leaves it out and offers to save it, without accessibility violations', async () => {
    const page = openUnsaved(makeReport('open-2022'));
    const store = storeOf([makeReport('older-2018', { title: 'Dudley 2018' })]);
    const { getByText, getByRole, container } = render(<AuthoritiesTab store={store} page={page} onCompare={vi.fn()} />);
    expect(
      getByText(
        /The open report “Dudley 2022” is not saved, so this list, Dudley’s comparison from here and its meeting briefing leave it out\./,
      ),
    ).toBeTruthy();
    fireEvent.click(getByRole('button', { name: 'Save report' }));
    expect(store.write).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
  });
});
