// The compare view for the open report's authority, or for an authority chosen under Authorities,
// and "Add reports…" to build its history.
import { useMemo } from 'preact/hooks';
import { AddReports } from '../../components/add-reports';
import { CompareView } from '../../components/compare-view';
import { newestOf } from '../../components/model/authority-list';
import { buildCompareModel } from '../../components/model/compare-model';
import { decisionFor, decisionId, type LinkEnd } from '../../components/model/link-model';
import { OfstedHistory } from '../../components/ofsted-history';
import type { PageReport } from '../../lib/messages/contracts';
import { deleteLinkDecision, saveLinkDecision } from '../../lib/storage/link-decisions';
import { reportFromPage } from '../../lib/storage/records';
import type { LinkDecision } from '../../lib/storage/schemas';
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
}

export function CompareTab({ page, store, chosen, onBack }: Props) {
  const model = useMemo(() => {
    const stored = [...store.reports.values()];
    const open = chosen ? newestOf(chosen, stored) : page?.findings ? reportFromPage(page) : null;
    return open ? buildCompareModel(open, stored, store.decisions) : null;
  }, [page, store.reports, store.decisions, chosen]);
  const authority = model?.authority ?? null;
  const { progress, add } = useAddReports(store, authority ? { code: authority.code, name: authority.name } : null);

  const decide = (from: LinkEnd, to: LinkEnd, decision: LinkDecision['decision'] | null) =>
    void store.write<unknown>((s) =>
      decision
        ? saveLinkDecision(s, decisionFor(authority!.code, from, to, decision))
        : deleteLinkDecision(s, decisionId(authority!.code, from.quote, to.quote)),
    );

  return (
    <>
      {chosen ? (
        <button type="button" class="link" onClick={onBack}>
          ← Back to the open report’s authority
        </button>
      ) : null}
      {model ? (
        <CompareView
          model={model}
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
        progress={progress}
        onFiles={(files) => void add(files.map((f) => ({ name: f.name, read: () => readReportFile(f) })))}
        onUrls={(urls) => void add(urls.map((u) => ({ name: u, read: () => readReportUrl(u) })))}
      />
    </>
  );
}
