// The compare view for the open report's authority, or for an authority chosen under Authorities,
// and "Add reports…" to build its history.
import { useMemo } from 'preact/hooks';
import { AddReports } from '../../components/add-reports';
import { CompareView } from '../../components/compare-view';
import { newestOf, onlyAuthorityOf } from '../../components/model/authority-list';
import { buildCompareModel, type CompareModel } from '../../components/model/compare-model';
import { decisionFor, decisionId, type LinkEnd } from '../../components/model/link-model';
import { OfstedHistory } from '../../components/ofsted-history';
import { UnsavedNotice } from '../../components/unsaved-notice';
import { authorityOfUrn } from '../../lib/model/authority-lineage';
import type { PageReport } from '../../lib/messages/contracts';
import { deleteLinkDecision, saveLinkDecision } from '../../lib/storage/link-decisions';
import { reportFromPage } from '../../lib/storage/records';
import type { LinkDecision } from '../../lib/model/store-schemas';
import { openAuthorityBriefing } from './panel-actions';
import { readReportFile, readReportUrl } from './read-reports';
import { useAddReports } from './use-add-reports';
import type { StoreView } from './use-store';

interface Props {
  page: PageReport | null;
  store: StoreView;
  /** an authority chosen under Authorities (la code), over the open report's */
  chosen: string | null;
  onBack: () => void;
  /** focus the comparison's heading (opened from Authorities) */
  focusTitle?: boolean;
}

type Inputs = [PageReport | null, StoreView['reports'], StoreView['decisions'], string | null];
let last: { inputs: Inputs; model: CompareModel | null } | null = null;

/** The model for the authority compared. The last one is kept across tab switches (the view is
 * unmounted then): building it scores every pair of recommendations, so only new data rebuilds it. */
function modelFor(page: PageReport | null, store: StoreView, chosen: string | null): CompareModel | null {
  const inputs: Inputs = [page, store.reports, store.decisions, chosen];
  if (last && last.inputs.every((x, i) => x === inputs[i])) return last.model;
  const start = performance.now();
  const stored = [...store.reports.values()];
  // With no report open, the one authority whose reports are stored (say, just added) is shown.
  const code = chosen ?? (page?.findings ? null : onlyAuthorityOf(stored));
  const open = code ? newestOf(code, stored) : page?.findings ? reportFromPage(page) : null;
  const model = open ? buildCompareModel(open, stored, store.decisions) : null;
  performance.measure('compare-model', { start }); // read by npm run bench:compare-panel
  last = { inputs, model };
  return model;
}

export function CompareTab({ page, store, chosen, onBack, focusTitle = false }: Props) {
  const model = useMemo(() => modelFor(page, store, chosen), [page, store.reports, store.decisions, chosen]);
  const authority = model?.authority ?? null;
  const { progress, add } = useAddReports(store, authority ? { code: authority.code, name: authority.name } : null);

  const decide = (from: LinkEnd, to: LinkEnd, decision: LinkDecision['decision'] | null) =>
    void store.write<unknown>((s) =>
      decision
        ? saveLinkDecision(s, decisionFor(authority!.code, from, to, decision))
        : deleteLinkDecision(s, decisionId(authority!.code, from.quote, to.quote)),
    );

  // The open report of the compared authority, when it is not saved: what reads the store leaves it out.
  const unsaved =
    model &&
    page?.findings &&
    !store.reports.has(page.reportId) &&
    authorityOfUrn(page.findings.document.authorityUrn)?.code === model.authority.code
      ? page
      : null;

  return (
    <>
      {unsaved ? (
        <UnsavedNotice
          title={unsaved.title}
          left={
            model!.reports.some((r) => r.id === unsaved.reportId)
              ? 'the meeting briefing and Authorities leave it out'
              : 'this comparison and the meeting briefing leave it out'
          }
          onSave={() => void store.write((s) => s.saveReport(reportFromPage(unsaved)))}
        />
      ) : null}
      {chosen && page?.findings ? (
        <button type="button" class="link" onClick={onBack}>
          ← Back to the open report’s authority
        </button>
      ) : null}
      {model ? (
        <CompareView
          model={model}
          focusTitle={focusTitle}
          onDecide={decide}
          onBriefing={() => void openAuthorityBriefing(model.authority.code)}
          fetchHistory={<OfstedHistory authority={model.authority} />}
        />
      ) : (
        <p class="empty">
          {page?.findings
            ? 'The authority of this report was not recognised, so it cannot be compared.'
            : 'Open a report, or choose an authority under Authorities, to compare its inspections.'}
        </p>
      )}
      <AddReports
        level={model ? 3 : 2}
        progress={progress}
        onFiles={(files) => void add(files.map((f) => ({ name: f.name, read: () => readReportFile(f) })))}
        onUrls={(urls) => void add(urls.map((u) => ({ name: u, read: () => readReportUrl(u) })))}
      />
    </>
  );
}
