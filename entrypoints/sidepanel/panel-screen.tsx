// The side panel: the open report, My clips, and backup / export. Owns the state its views show.
import { useEffect, useState } from 'preact/hooks';
import { BackupView } from '../../components/backup-view';
import { PanelTabs, type PanelTab } from '../../components/panel-tabs';
import { ReportView } from '../../components/report-view';
import { askPageSide } from '../../lib/messages/messaging';
import { TOO_UNUSUAL } from '../../lib/messages/contracts';
import { exportBackup } from '../../lib/storage/backup';
import { newClip, reportFromPage } from '../../lib/storage/records';
import { authorityOfUrn } from '../../lib/model/authority-lineage';
import { downloadClips, downloadText, openAuthorityBriefing, openBriefing, openClipSource } from './panel-actions';
import { AuthoritiesTab } from './authorities-tab';
import { ClipsTab } from './clips-tab';
import { CompareTab } from './compare-tab';
import { stillShown, useActivePage } from './use-active-page';
import { useBackupActions } from './use-backup-actions';
import { useClipEdits } from './use-clip-edits';
import { useStore } from './use-store';

export function PanelScreen({ pinnedTab }: { pinnedTab: number | null }) {
  const [view, setView] = useState<PanelTab>('report');
  const [chosen, setChosen] = useState<string | null>(null);
  // Set when Compare is opened from Authorities, so focus lands on the comparison's heading.
  const [focusCompare, setFocusCompare] = useState(false);
  const { tab, page, state, notice, refresh } = useActivePage(pinnedTab);
  const store = useStore();
  const { reports, clips, write } = store;
  const edits = useClipEdits(store);
  const problem = store.problem ?? edits.problem;
  const saved = page ? reports.has(page.reportId) : false;
  const pageClips = page ? clips.filter((c) => c.reportId === page.reportId) : [];
  const clipped = new Set(
    page
      ? page.recommendationAnchors.flatMap((a, i) =>
          pageClips.some((c) => c.anchor.start === a.start && c.anchor.quote === a.quote) ? [i] : [],
        )
      : [],
  );
  const showClipsInPage = (list = pageClips) =>
    tab && askPageSide(tab, 'clips/show', { clips: list.map((c) => ({ id: c.id, anchor: c.anchor })) }).catch(() => null);

  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setStatus(null), [page?.reportId]); // a message about another report would mislead
  // Saved only as the page shows it now: findings the page has since replaced are never filed.
  const saveReport = async () => {
    const now = await stillShown(tab, page!);
    if (now) return write((s) => s.saveReport(reportFromPage(now)));
    refresh();
    setStatus('This page changed: check its findings below, then save again.');
    return null;
  };
  const authority = authorityOfUrn(page?.findings?.document.authorityUrn ?? null);
  // The briefing reads the store, so the open report is saved first.
  const authorityBriefing = async () => (saved || (await saveReport())) && void openAuthorityBriefing(authority!.code);
  const clip = async (index: number) => {
    const report = reports.get(page!.reportId) ?? (await saveReport());
    if (!report) return;
    const made = await write((s) => s.addClip(newClip(report, 'recommendation', page!.recommendationAnchors[index]!)));
    await showClipsInPage([...pageClips, made]);
    setStatus(`Clipped recommendation ${index + 1}. It is in My clips.`);
  };
  const { message, progress, restore, wipe } = useBackupActions(store, refresh, edits.reloadDrafts);

  return (
    <main class="panel">
      <h1 class="visually-hidden">Inspection Lens</h1>
      <PanelTabs current={view} onChange={(v) => (setFocusCompare(false), setView(v))} clipCount={store.clipCount} />
      {problem ? (
        <p role="alert" class="error">
          {problem}
        </p>
      ) : null}
      <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'report' && page?.findings ? (
          <ReportView
            page={page}
            saved={saved}
            clipped={clipped}
            onSave={() => void saveReport().then((r) => r && setStatus('Report saved. Its briefing can be printed now.'))}
            onBriefing={() => void openBriefing(page.reportId)}
            status={status}
            onSelect={(position) => void (tab && askPageSide(tab, 'highlight/focus', { position }).catch(() => null))}
            onClip={(i) => void clip(i)}
            onShowClip={() => setView('clips')}
            onAuthorityBriefing={authority ? () => void authorityBriefing() : undefined}
          />
        ) : null}
        {view === 'report' && !page?.findings ? (
          <p class="empty">
            {state === 'reading'
              ? 'Reading this page…'
              : state === 'too-unusual'
                ? TOO_UNUSUAL
                : notice
                  ? notice
                  : 'This page is not a report Inspection Lens can read. Open an Ofsted report or a council paper about one, or click the toolbar button on the page. PDFs open in the Inspection Lens viewer.'}
          </p>
        ) : null}
        {view === 'compare' ? (
          <CompareTab page={page} store={store} chosen={chosen} onBack={() => setChosen(null)} focusTitle={focusCompare} />
        ) : null}
        {view === 'authorities' ? (
          <AuthoritiesTab
            store={store}
            page={page}
            onCompare={(code) => (setChosen(code), setFocusCompare(true), setView('compare'))}
          />
        ) : null}
        {view === 'clips' ? (
          <ClipsTab store={store} edits={edits} onOpen={(c) => void openClipSource(c, reports.get(c.reportId) ?? null)} />
        ) : null}
        {view === 'backup' ? (
          <BackupView
            message={message}
            progress={progress}
            onRestore={(f) => void restore(f)}
            onBackup={() =>
              void write((s) => exportBackup(s)).then((b) =>
                downloadText(`inspection-lens-backup-${b.exportedAt}.json`, 'application/json', JSON.stringify(b)),
              )
            }
            onCsv={() => downloadClips('csv', clips, reports)}
            onMarkdown={() => downloadClips('md', clips, reports)}
            onWipe={() => void wipe()}
          />
        ) : null}
      </div>
    </main>
  );
}
