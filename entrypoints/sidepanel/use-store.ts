// The panel's view of the store: reports, clips and link decisions, read again whenever any window
// writes. The newest clips (by index) and their reports are read first, so My clips shows at once.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { announceStoreChange, onStoreChange } from '../../lib/storage/changes';
import { newestClips, reportsById } from '../../lib/storage/first-clips';
import { listLinkDecisions } from '../../lib/storage/link-decisions';
import { SLICE_MS } from '../../lib/storage/parse-rows';
import { prepareSearch } from '../../lib/model/clip-query';
import type { Clip, LinkDecision, StoredReport } from '../../lib/model/store-schemas';
import { explainStoreError, LensStore } from '../../lib/storage/store';
import { clipCountSoFar, countClipsEarly, FIRST_CLIPS, newestClipRowsEarly, openDbEarly } from './open-early';
import { readRow } from '../../lib/storage/rows';


export interface StoreView {
  store: LensStore | null;
  reports: ReadonlyMap<string, StoredReport>;
  clips: Clip[];
  /** false until the clips are read (clips is empty meanwhile) */
  clipsLoaded: boolean;
  /** the newest clips, newest first, read before the rest (null until read): shown until clipsLoaded */
  newest: Clip[] | null;
  /** the number of clips: counted by the database at once, then the clips read */
  clipCount: number;
  /** the councillor's confirm / reject decisions on recommendation links */
  decisions: LinkDecision[];
  /** a store problem in words (full, blocked, damaged rows), or null */
  problem: string | null;
  /** runs a write, then tells every window; failures become `problem` and are rethrown */
  write: <T>(run: (store: LensStore) => Promise<T>) => Promise<T>;
}

/** This panel, in its announcements of its own writes (so it does not read twice after each). */
const PANEL = `panel-${crypto.randomUUID()}`;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// After the first screen is painted (a frame, then a task), so reading the rest cannot delay it.
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// Folds every clip's search text a slice at a time after the clips are read, so the first keystroke
// of a search costs a look-up per clip and the panel keeps answering meanwhile: slices of at most
// 200 clips and SLICE_MS (a fixed 1,000 took 50–250 ms at load average 8–11).
async function warmSearch(clips: readonly Clip[]): Promise<void> {
  for (let i = 0; i < clips.length; ) {
    await pause();
    const start = performance.now();
    do {
      prepareSearch(clips.slice(i, i + 200));
      i += 200;
    } while (i < clips.length && performance.now() - start < SLICE_MS);
  }
}

// The newest clips: as read before the panel's script loaded when every row of them parses (and the
// browser could read them so), else by cursor, which skips a row that does not parse.
async function newestFirst(store: LensStore): Promise<Clip[]> {
  const rows = await newestClipRowsEarly().catch(() => null);
  const clips = rows?.map((v) => readRow<Clip>('clips', v)).filter((c): c is Clip => c !== null);
  return clips && clips.length === rows?.length ? clips : newestClips(store, FIRST_CLIPS);
}

let opening: Promise<LensStore> | null = null;
/** The store, on the database main.tsx started opening before the panel's script was loaded. */
export function openStoreEarly(): Promise<LensStore> {
  return (opening ??= openDbEarly().then(
    (db) => new LensStore(db),
    (error: unknown) => Promise.reject(explainStoreError(error)),
  ));
}

export function useStore(): StoreView {
  const [store, setStore] = useState<LensStore | null>(null);
  const [first, setFirst] = useState<{ clips: Clip[]; reports: StoredReport[] } | null>(null);
  const [reports, setReports] = useState<StoredReport[] | null>(null);
  const [clips, setClips] = useState<Clip[]>([]);
  const [clipsLoaded, setClipsLoaded] = useState(false);
  const [counted, setCounted] = useState(() => clipCountSoFar() ?? 0);
  const [decisions, setDecisions] = useState<LinkDecision[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async (s: LensStore) => {
    // Clips first: My clips shows them before the (much larger) reports are read.
    const c = await s.listClips();
    setClips(c.rows);
    setClipsLoaded(true);
    void warmSearch(c.rows);
    const [r, d] = await Promise.all([s.listReports(), listLinkDecisions(s)]);
    setReports(r.rows);
    setDecisions(d.rows);
    const bad = r.invalid + c.invalid + d.invalid;
    setProblem(
      bad > 0 ? `${bad} stored rows could not be read and are not shown; every backup still includes them, as they are.` : null,
    );
  }, []);

  const readFirst = useCallback(async (s: LensStore) => {
    const [count, newest] = await Promise.all([
      countClipsEarly().then((n) => (performance.mark('inspection-lens:clips-counted'), setCounted(n), n)),
      newestFirst(s).then((x) => (performance.mark('inspection-lens:newest-clips-read'), x)),
    ]);
    const theirReports = await reportsById(
      s,
      newest.map((c) => c.reportId),
    );
    performance.mark('inspection-lens:first-clips-ready');
    setCounted(count);
    setFirst({ clips: newest, reports: theirReports });
  }, []);

  useEffect(() => {
    openStoreEarly()
      .then(async (s) => (setStore(s), await readFirst(s).catch(() => null), await afterPaint(), load(s)))
      // No store: My clips shows it has none, beside the problem.
      .catch((error: unknown) => (setClipsLoaded(true), setProblem(explainStoreError(error).message)));
  }, [load, readFirst]);
  // Not on this panel's own writes: write() reads again itself.
  useEffect(() => (store ? onStoreChange(() => void load(store), PANEL) : undefined), [store, load]);
  // Ask the browser not to evict the store under storage pressure.
  useEffect(() => void navigator.storage?.persist?.().catch(() => false), []);

  const write = useCallback(
    async <T>(run: (s: LensStore) => Promise<T>): Promise<T> => {
      if (!store) throw new Error(problem ?? 'The store is not open yet.');
      try {
        const result = await run(store);
        announceStoreChange(PANEL);
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

  // Until every report is read, the reports of the first clips (so their titles show at once).
  const shownReports = reports ?? first?.reports;
  const byId = useMemo(() => new Map((shownReports ?? []).map((r) => [r.id, r])), [shownReports]);
  const clipCount = clipsLoaded ? clips.length : counted;
  const newest = clipsLoaded ? null : (first?.clips ?? null);
  return { store, reports: byId, clips, clipsLoaded, newest, clipCount, decisions, problem, write };
}
