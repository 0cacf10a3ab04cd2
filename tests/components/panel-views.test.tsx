// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupView } from '../../components/backup-view';
import { BriefingView } from '../../components/briefing-view';
import { ClipEditor } from '../../components/clip-editor';
import { clipsViewElement } from './clips-view-element';
import { PanelTabs } from '../../components/panel-tabs';
import { ReportView } from '../../components/report-view';
import { makeAnchor } from '../../lib/model/anchor';
import type { PageReport } from '../../lib/messages/contracts';
import type { DocumentInfo } from '../../lib/model/findings';
import { makeClip, makeReport, REPORT_TEXT } from '../unit/storage/fixtures';
import { axeViolations } from './axe';

afterEach(cleanup);

function pageReport(): PageReport {
  const report = makeReport();
  const findings = { document: report.document, judgements: report.judgements, recommendations: report.recommendations };
  const located = [
    ...findings.judgements.map((_, index) => ({ kind: 'judgement' as const, index })),
    ...findings.recommendations.map((_, index) => ({ kind: 'recommendation' as const, index })),
  ];
  const recommendationAnchors = findings.recommendations.map((r) => makeAnchor(REPORT_TEXT, r.start, r.end));
  return {
    reportId: report.id,
    fingerprint: null,
    url: report.urls[0]!,
    title: 'Dudley 2022',
    findings,
    located,
    recommendationAnchors,
    missingClips: ['gone-1'],
  };
}

/** The report view of a page whose document differs from the fixture's by `changes`. */
function renderWithDocument(changes: Partial<DocumentInfo>) {
  const page = pageReport();
  const findings = page.findings!;
  return render(
    <ReportView
      page={{ ...page, findings: { ...findings, document: { ...findings.document, ...changes } } }}
      saved={false}
      clipped={new Set()}
      onSave={vi.fn()}
      onSelect={vi.fn()}
      onClip={vi.fn()}
      onShowClip={vi.fn()}
      onBriefing={vi.fn()}
    />,
  );
}

describe('ReportView', () => {
  const setup = () => {
    const props = { onSave: vi.fn(), onSelect: vi.fn(), onClip: vi.fn(), onShowClip: vi.fn(), onBriefing: vi.fn() };
    return { ...render(<ReportView page={pageReport()} saved={false} clipped={new Set([1])} {...props} />), props };
  };
  it('shows the identity, saves, clips and lists clips that are gone', () => {
    const { getByText, getByRole, props } = setup();
    expect(getByText('Dudley')).toBeTruthy();
    fireEvent.click(getByRole('button', { name: 'Save report' }));
    expect(props.onSave).toHaveBeenCalled();
    fireEvent.click(getByRole('button', { name: 'Clip recommendation 1' }));
    expect(props.onClip).toHaveBeenCalledWith(0);
    // clipped: named as clipped and announced as unavailable, but still focusable, so the keyboard focus is not dropped
    const clipped = getByRole('button', { name: 'Recommendation 2 clipped' });
    expect(clipped.getAttribute('aria-disabled')).toBe('true');
    expect(clipped.textContent).toBe('Clipped');
    fireEvent.click(clipped);
    expect(props.onClip).toHaveBeenCalledTimes(1);
    expect(getByText('Clips no longer found in this version (1)')).toBeTruthy();
  });
  it('offers the briefing on the report, saying why it waits until the report is saved', () => {
    const onBriefing = vi.fn();
    const props = { onSave: vi.fn(), onSelect: vi.fn(), onClip: vi.fn(), onShowClip: vi.fn(), onBriefing };
    const view = render(<ReportView page={pageReport()} saved={false} clipped={new Set()} {...props} />);
    const button = view.getByRole('button', { name: 'Briefing for this report' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const why = view.container.querySelector(`#${button.getAttribute('aria-describedby')}`);
    expect(why?.textContent).toMatch(/save the report first/i);
    fireEvent.click(button);
    expect(onBriefing).not.toHaveBeenCalled();
    view.rerender(<ReportView page={pageReport()} saved clipped={new Set()} {...props} />);
    fireEvent.click(view.getByRole('button', { name: 'Briefing for this report' }));
    expect(onBriefing).toHaveBeenCalled();
    expect(view.getByRole('button', { name: 'Briefing for this report' }).getAttribute('aria-describedby')).toBeNull();
  });
  it('says what a Clip or Save did in a live region', () => {
    const props = { onSave: vi.fn(), onSelect: vi.fn(), onClip: vi.fn(), onShowClip: vi.fn(), onBriefing: vi.fn() };
    const view = render(
      <ReportView page={pageReport()} saved clipped={new Set()} status="Clipped recommendation 1." {...props} />,
    );
    expect(view.getByRole('status').textContent).toBe('Clipped recommendation 1.');
  });
  it('says a fact the document does not state is "not stated", not that reading failed', () => {
    const view = renderWithDocument({ publicationDate: null });
    const published = [...view.container.querySelectorAll('.facts > div')].find((d) => d.textContent?.startsWith('Published'));
    expect(published?.querySelector('dd')?.textContent).toBe('not stated');
  });
  it('says which inspection a council paper discusses instead of a framework and dates of its own', async () => {
    const view = renderWithDocument({
      framework: null,
      inspectionDates: null,
      kind: 'council paper',
      discusses: { framework: 'SLAC', date: 'July 2012' },
    });
    const terms = [...view.container.querySelectorAll('.facts dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Authority', 'Inspection discussed', 'Published']);
    expect(view.getByText('Safeguarding and looked after children inspection, July 2012')).toBeTruthy();
    expect(await axeViolations(view.container)).toEqual([]);
  });
  it('has no accessibility violations', async () => {
    expect(await axeViolations(setup().container)).toEqual([]);
  });
});

describe('ClipEditor', () => {
  it('saves note, tags, status and date together', () => {
    const onSave = vi.fn(() => new Promise<never>(() => {}));
    const { getByLabelText, getByRole } = render(
      <ClipEditor clip={makeClip()} draft={null} onDraft={vi.fn()} onSave={onSave} onDelete={vi.fn()} />,
    );
    fireEvent.input(getByLabelText('Note'), { target: { value: 'Raised at panel' } });
    fireEvent.input(getByLabelText('Tags (comma separated)'), { target: { value: 'placements, health, health' } });
    fireEvent.change(getByLabelText('Follow-up'), { target: { value: 'raised' } });
    fireEvent.click(getByRole('button', { name: 'Save clip' }));
    expect((onSave.mock.calls[0] as unknown[])[0]).toMatchObject({
      note: 'Raised at panel',
      tags: ['placements', 'health'],
      status: 'raised',
      due: '2026-12-10',
    });
  });
  it('has no accessibility violations', async () => {
    const editor = <ClipEditor clip={makeClip()} draft={null} onDraft={vi.fn()} onSave={vi.fn()} onDelete={vi.fn()} />;
    expect(await axeViolations(render(editor).container)).toEqual([]);
  });
});

describe('ClipsView', () => {
  const clips = [
    makeClip('a', { note: 'foster placements', tags: ['placements'], createdAt: '2026-11-01' }),
    makeClip('b', { authority: 'Walsall', reportId: 'r2', status: 'raised', tags: ['health'], createdAt: '2026-11-20' }),
  ];
  const setup = () => render(clipsViewElement({ clips }));
  it('searches and filters', () => {
    const { getByLabelText, getByText } = setup();
    fireEvent.input(getByLabelText('Search clips'), { target: { value: 'FOSTER' } });
    expect(getByText('1 of 2 clips match')).toBeTruthy();
    fireEvent.input(getByLabelText('Search clips'), { target: { value: '' } });
    fireEvent.change(getByLabelText('Authority'), { target: { value: 'Walsall' } });
    expect(getByText('1 of 2 clips match')).toBeTruthy();
  });
  it('has no accessibility violations', async () => {
    expect(await axeViolations(setup().container)).toEqual([]);
  });
});

describe('BackupView, PanelTabs and BriefingView', () => {
  it('shows a refused import as an alert', () => {
    const { getByRole } = render(
      <BackupView
        message={{ text: 'This file is not an Inspection Lens backup.', error: true }}
        onBackup={vi.fn()}
        onRestore={vi.fn()}
        onCsv={vi.fn()}
        onMarkdown={vi.fn()}
        onWipe={vi.fn()}
      />,
    );
    expect(getByRole('alert').textContent).toBe('This file is not an Inspection Lens backup.');
  });
  it('keeps one status region, so a backup starting is announced', () => {
    const props = { onBackup: vi.fn(), onRestore: vi.fn(), onCsv: vi.fn(), onMarkdown: vi.fn(), onWipe: vi.fn() };
    const { getByRole, rerender } = render(<BackupView message={null} {...props} />);
    const region = getByRole('status');
    expect(region.textContent).toBe('');
    rerender(<BackupView message={{ text: 'Backup started.', error: false }} {...props} />);
    expect(getByRole('status')).toBe(region);
    expect(region.textContent).toBe('Backup started.');
  });
  it('moves between tabs with the arrow keys', () => {
    const onChange = vi.fn();
    const { getByRole } = render(<PanelTabs current="report" onChange={onChange} clipCount={3} />);
    fireEvent.keyDown(getByRole('tab', { name: 'This report' }), { key: 'ArrowRight' });
    expect(onChange).toHaveBeenCalledWith('compare');
  });
  it('moves to the first tab with Home and the last with End, focus and selection following', async () => {
    const onChange = vi.fn();
    const { getByRole, getAllByRole, container } = render(
      <div>
        <PanelTabs current="compare" onChange={onChange} clipCount={3} />
        <div role="tabpanel" id="panel-compare" aria-labelledby="tab-compare" />
      </div>,
    );
    const tabs = getAllByRole('tab');
    fireEvent.keyDown(getByRole('tab', { name: 'Compare' }), { key: 'End' });
    expect(onChange).toHaveBeenLastCalledWith(tabs.at(-1)!.id.slice('tab-'.length));
    expect(document.activeElement).toBe(tabs.at(-1));
    fireEvent.keyDown(getByRole('tab', { name: 'Compare' }), { key: 'Home' });
    expect(onChange).toHaveBeenLastCalledWith(tabs[0]!.id.slice('tab-'.length));
    expect(document.activeElement).toBe(tabs[0]);
    expect(await axeViolations(container)).toEqual([]);
  });
  it('all have no accessibility violations', async () => {
    const views = [
      <BackupView message={null} onBackup={vi.fn()} onRestore={vi.fn()} onCsv={vi.fn()} onMarkdown={vi.fn()} onWipe={vi.fn()} />,
      <div>
        <PanelTabs current="clips" onChange={vi.fn()} clipCount={0} />
        <div role="tabpanel" id="panel-clips" aria-labelledby="tab-clips" />
      </div>,
      <BriefingView report={makeReport()} clips={[makeClip()]} printed="30 November 2026" />,
    ];
    for (const view of views) {
      expect(await axeViolations(render(view).container)).toEqual([]);
      cleanup();
    }
  });
});
