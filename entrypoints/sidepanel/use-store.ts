// The panel's view of the store: reports, clips and link decisions, read again whenever any window writes.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { announceStoreChange, onStoreChange } from '../../lib/storage/changes';
import { listLinkDecisions } from '../../lib/storage/link-decisions';
import type { Clip, LinkDecision, StoredReport } from '../../lib/model/store-schemas';
import { explainStoreError, LensStore } from '../../lib/storage/store';

export interface StoreView {
  store: LensStore | null;
  reports: ReadonlyMap<string, StoredReport>;
  clips: Clip[];
  /** false until the clips are read (clips is empty meanwhile) */
  clipsLoaded: boolean;
  /** the number of clips: counted by the database at once, then the clips read */
  clipCount: number;
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
  const [clipsLoaded, setClipsLoaded] = useState(false);
  const [counted, setCounted] = useState(0);
  const [decisions, setDecisions] = useState<LinkDecision[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async (s: LensStore) => {
    // Clips first: My clips shows them before the (much larger) reports are read.
    const c = await s.listClips();
    setClips(c.rows);
    setClipsLoaded(true);
    const [r, d] = await Promise.all([s.listReports(), listLinkDecisions(s)]);
    setReports(r.rows);
    setDecisions(d.rows);
    const bad = r.invalid + c.invalid + d.invalid;
    setProblem(
      bad > 0 ? `${bad} stored rows could not be read and are not shown; every backup still includes them, as they are.` : null,
    );
  }, []);

  useEffect(() => {
    LensStore.open()
      .then((s) => (setStore(s), void s.countClips().then(setCounted), load(s)))
      // No store: My clips shows it has none, beside the problem.
      .catch((error: unknown) => (setClipsLoaded(true), setProblem(explainStoreError(error).message)));
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
        // A refused edit is explained beside the clip; only store failures belong in the banner.
        const explained = explainStoreError(error);
        if (explained.reason !== 'conflict') setProblem(explained.message);
        throw explained;
      }
    },
    [store, problem, load],
  );

  const byId = useMemo(() => new Map(reports.map((r) => [r.id, r])), [reports]);
  const clipCount = clipsLoaded ? clips.length : counted;
  return { store, reports: byId, clips, clipsLoaded, clipCount, decisions, problem, write };
}
