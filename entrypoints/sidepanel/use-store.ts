// The panel's view of the store: reports and clips, read again whenever any window writes.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { announceStoreChange, onStoreChange } from '../../lib/storage/changes';
import { listLinkDecisions } from '../../lib/storage/link-decisions';
import type { Clip, LinkDecision, StoredReport } from '../../lib/storage/schemas';
import { explainStoreError, LensStore } from '../../lib/storage/store';

export interface StoreView {
  store: LensStore | null;
  reports: ReadonlyMap<string, StoredReport>;
  clips: Clip[];
  /** the councillor's confirm / reject decisions on recommendation links */
  decisions: LinkDecision[];
  /** a store problem in words (full, blocked, damaged rows), or null */
  problem: string | null;
  /** runs a write, then tells every window; failures become `problem` and are rethrown */
  write: <T>(run: (store: LensStore) => Promise<T>) => Promise<T>;
}

export function useStore(): StoreView {
  const [store, setStore] = useState<LensStore | null>(null);
  const [reports, setReports] = useState<StoredReport[]>([]);
  const [clips, setClips] = useState<Clip[]>([]);
  const [decisions, setDecisions] = useState<LinkDecision[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async (s: LensStore) => {
    const [r, c, d] = await Promise.all([s.listReports(), s.listClips(), listLinkDecisions(s)]);
    setReports(r.rows);
    setClips(c.rows);
    setDecisions(d.rows);
    const bad = r.invalid + c.invalid + d.invalid;
    setProblem(bad > 0 ? `${bad} stored rows could not be read and are not shown; a backup keeps the rest safe.` : null);
  }, []);

  useEffect(() => {
    LensStore.open()
      .then((s) => (setStore(s), load(s)))
      .catch((error: unknown) => setProblem(explainStoreError(error).message));
  }, [load]);
  useEffect(() => (store ? onStoreChange(() => void load(store)) : undefined), [store, load]);
  // Ask the browser not to evict the store under storage pressure.
  useEffect(() => void navigator.storage?.persist?.().catch(() => false), []);

  const write = useCallback(
    async <T>(run: (s: LensStore) => Promise<T>): Promise<T> => {
      if (!store) throw new Error(problem ?? 'The store is not open yet.');
      try {
        const result = await run(store);
        announceStoreChange();
        await load(store);
        return result;
      } catch (error) {
        setProblem(explainStoreError(error).message);
        throw error;
      }
    },
    [store, problem, load],
  );

  const byId = useMemo(() => new Map(reports.map((r) => [r.id, r])), [reports]);
  return { store, reports: byId, clips, decisions, problem, write };
}
