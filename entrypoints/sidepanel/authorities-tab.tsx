// The Authorities view's container: groups the stored reports, removes one after confirmation.
import { useMemo } from 'preact/hooks';
import { AuthoritiesView } from '../../components/authorities-view';
import { groupByAuthority } from '../../components/model/authority-list';
import { OfstedHistory } from '../../components/ofsted-history';
import { authorityByCode } from '../../lib/model/authorities';
import { openAuthorityBriefing } from './panel-actions';
import type { StoreView } from './use-store';

export function AuthoritiesTab({ store, onCompare }: { store: StoreView; onCompare: (code: string) => void }) {
  const groups = useMemo(() => groupByAuthority([...store.reports.values()]), [store.reports]);
  const remove = (id: string, title: string) => {
    const clips = store.clips.filter((c) => c.reportId === id).length;
    const kept = clips ? ` Its ${clips} clip${clips === 1 ? '' : 's'} stay in My clips.` : '';
    if (!confirm(`Remove the saved report “${title}”?${kept}`)) return;
    void store.write((s) => s.deleteReport(id));
  };
  return (
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
  );
}
