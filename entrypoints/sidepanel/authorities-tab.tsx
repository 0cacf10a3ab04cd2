// The Authorities view's container: groups the stored reports, removes one after confirmation.
import { useMemo } from 'preact/hooks';
import { AuthoritiesView } from '../../components/authorities-view';
import { groupByAuthority } from '../../components/model/authority-list';
import { OfstedHistory } from '../../components/ofsted-history';
import { UnsavedNotice } from '../../components/unsaved-notice';
import type { PageReport } from '../../lib/messages/contracts';
import { authorityOfUrn } from '../../lib/model/authority-lineage';
import { reportFromPage } from '../../lib/storage/records';
import { copiesNote } from '../../lib/model/report-copies';
import { authorityByCode } from '../../lib/model/authorities';
import { openAuthorityBriefing } from './panel-actions';
import type { StoreView } from './use-store';

interface Props {
  store: StoreView;
  onCompare: (code: string) => void;
  /** the open report, if any: when it is not saved, this view says it leaves it out */
  page?: PageReport | null;
}

export function AuthoritiesTab({ store, onCompare, page = null }: Props) {
  const groups = useMemo(() => groupByAuthority([...store.reports.values()]), [store.reports]);
  const remove = (ids: string[], title: string) => {
    const clips = store.clips.filter((c) => ids.includes(c.reportId)).length;
    const kept = clips ? ` Its ${clips} clip${clips === 1 ? '' : 's'} stay in My clips.` : '';
    const copies = ids.length > 1 ? ` (all ${ids.length} saved copies: ${copiesNote(ids)})` : '';
    if (!confirm(`Remove the saved report “${title}”${copies}?${kept}`)) return;
    void store.write(async (s) => {
      for (const id of ids) await s.deleteReport(id);
    });
  };
  const authority = authorityOfUrn(page?.findings?.document.authorityUrn ?? null);
  const unsaved = page?.findings && authority && !store.reports.has(page.reportId) ? page : null;
  return (
    <>
      {unsaved ? (
        <UnsavedNotice
          title={unsaved.title}
          left={`this list, ${authority!.name}’s comparison from here and its meeting briefing leave it out`}
          onSave={() => void store.write((s) => s.saveReport(reportFromPage(unsaved)))}
        />
      ) : null}
      <AuthoritiesView
        groups={groups}
        onCompare={onCompare}
        onBriefing={(code) => void openAuthorityBriefing(code)}
        onRemove={remove}
        fetchHistory={(code) => {
          const authority = authorityByCode(code);
          return authority ? <OfstedHistory authority={authority} /> : null;
        }}
      />
    </>
  );
}
