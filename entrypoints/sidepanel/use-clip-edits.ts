// My clips' edits: drafts kept in the store as they are typed (so switching tabs or closing the
// panel loses nothing), saves checked against the version they started from, and delete with undo.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { onStoreChange } from '../../lib/storage/changes';
import { discardDraft, keepDraft, readDrafts } from '../../lib/storage/drafts';
import type { Clip, ClipDraft } from '../../lib/model/store-schemas';
import { answerAsEditor, editorId, ownDrafts } from './draft-owner';
import { explainStoreError, type DeletedClip } from '../../lib/storage/store';
import type { StoreView } from './use-store';

/** How long "Undo delete" is offered after a clip is deleted. */
export const UNDO_MS = 30_000;

const noop = () => {};

export interface ClipEdits {
  /** unsaved edits by clip id; null until read from the store */
  drafts: ReadonlyMap<string, ClipDraft> | null;
  deleted: Clip | null;
  /** a draft could not be kept, in words */
  problem: string | null;
  onDraft: (clipId: string, draft: ClipDraft | null) => void;
  onSave: (clip: Clip, baseUpdatedAt: string) => Promise<Clip>;
  onDelete: (id: string) => void;
  onUndo: () => void;
  /** reads drafts written to the store by others (a restored backup), keeping this panel's own */
  reloadDrafts: () => Promise<void>;
}

export function useClipEdits({ store, write, problem: storeProblem }: StoreView): ClipEdits {
  // Editors own their fields while shown; this map is what an editor starts from when shown again.
  const drafts = useRef(new Map<string, ClipDraft>());
  const [ready, setReady] = useState(false);
  const [deleted, setDeleted] = useState<DeletedClip | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const me = useMemo(editorId, []);
  useEffect(() => answerAsEditor(me), [me]);
  useEffect(() => {
    if (!store) return;
    readDrafts(store)
      .then((read) => ownDrafts(read, me))
      .then((own) => (drafts.current = own))
      .catch((error: unknown) => setProblem(explainStoreError(error).message))
      .finally(() => setReady(true));
  }, [store, me]);
  // A restore adds drafts only for clips that had none, so what this panel holds stays as typed.
  // Anything added is shown at once (editors already open take it when nothing is typed there).
  const [, setAdded] = useState(0);
  const readMore = useCallback(
    async (ownToo: boolean) => {
      if (!store) return;
      const own = await ownDrafts(await readDrafts(store), me);
      let added = 0;
      for (const [clipId, draft] of own) {
        // This panel's own draft missing here was saved or discarded here (its removal may still be on its way).
        if (drafts.current.has(clipId) || (!ownToo && draft.editor === me)) continue;
        drafts.current.set(clipId, draft);
        added++;
      }
      if (added) setAdded((n) => n + added);
    },
    [store, me],
  );
  const reloadDrafts = useCallback(() => readMore(true), [readMore]);
  // Another window's write (a backup restored there) may have added drafts: read them as the clips are.
  useEffect(() => (store ? onStoreChange(() => void readMore(false).catch(() => {})) : undefined), [store, readMore]);
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const onDraft = useCallback(
    (clipId: string, draft: ClipDraft | null) => {
      const mine = draft ? { ...draft, editor: me } : null;
      if (mine) drafts.current.set(clipId, mine);
      else drafts.current.delete(clipId);
      if (!store) return;
      (mine ? keepDraft(store, mine) : discardDraft(store, clipId)).then(
        () => setProblem(null),
        (error: unknown) => setProblem(`Your unsaved changes could not be kept: ${explainStoreError(error).message}`),
      );
    },
    [store, me],
  );
  const onSave = useCallback(
    async (clip: Clip, base: string) => {
      const saved = await write((s) => s.saveClipEdit(clip, base));
      drafts.current.delete(clip.id);
      return saved;
    },
    [write],
  );
  const onDelete = useCallback(
    (id: string) =>
      // A failed write is already shown as the store's problem: nothing more to do here.
      void write((s) => s.deleteClip(id)).then((gone) => {
        drafts.current.delete(id);
        setDeleted(gone);
      }, noop),
    [write],
  );
  const onUndo = useCallback(() => {
    if (!deleted) return;
    void write((s) => s.undoDelete(deleted)).then(() => {
      if (deleted.draft) drafts.current.set(deleted.draft.clipId, deleted.draft);
      setDeleted(null);
    }, noop);
  }, [deleted, write]);

  // Editors wait for the drafts, so none starts without its own; a store that failed to open has none.
  const settled = ready || (!store && storeProblem !== null);
  return {
    drafts: settled ? drafts.current : null,
    deleted: deleted?.clip ?? null,
    problem,
    onDraft,
    onSave,
    onDelete,
    onUndo,
    reloadDrafts,
  };
}
