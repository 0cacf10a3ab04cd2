// The side panel: the open report, My clips, and backup / export. Owns the state its views show.
import { useState } from 'preact/hooks';
import { BackupView } from '../../components/backup-view';
import { PanelTabs, type PanelTab } from '../../components/panel-tabs';
import { ReportView } from '../../components/report-view';
import { askPageSide } from '../../lib/messages/messaging';
import { TOO_UNUSUAL } from '../../lib/messages/contracts';
import { downloadClips, openBriefing, openClipSource } from './panel-actions';
import { AuthoritiesTab } from './authorities-tab';
import { ClipsTab } from './clips-tab';
import { CompareTab } from './compare-tab';
import { useActivePage } from './use-active-page';
import { useBackupActions } from './use-backup-actions';
import { useClipEdits } from './use-clip-edits';
import { useReportActions } from './use-report-actions';
import { useStore } from './use-store';

export function PanelScreen({ pinnedTab, initialView = 'report' }: { pinnedTab: number | null; initialView?: PanelTab }) {
  const [view, setView] = useState<PanelTab>(initialView);
  const [chosen, setChosen] = useState<string | null>(null);
  // Set when Compare is opened from Authorities, so focus lands on the comparison's heading.
  const [focusCompare, setFocusCompare] = useState(false);
  const active = useActivePage(pinnedTab);
  const { tab, page, state, notice, refresh } = active;
  const store = useStore();
  const { reports, clips } = store;
  const edits = useClipEdits(store);
  const problem = store.problem ?? edits.problem;
  const { saved, clipped, status, authority, save, authorityBriefing, clip } = useReportActions(active, store);
  const { message, progress, restore, wipe, backUp } = useBackupActions(store, refresh, edits.reloadDrafts);

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
            onSave={save}
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
            onBackup={() => void backUp()}
            onCsv={() => downloadClips('csv', clips, reports)}
            onMarkdown={() => downloadClips('md', clips, reports)}
            onWipe={() => void wipe()}
          />
        ) : null}
      </div>
    </main>
  );
}
