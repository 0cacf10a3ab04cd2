// The state of one clip editor: the fields as typed, the version they start from, and the message
// beside them. Every change reads the latest state (a ref), never a value captured at an earlier
// render, and the editor follows a newly stored row as soon as it is rendered (a layout effect), so a
// window that paints late (hidden, or on a busy machine) can neither lose typing nor save from a
// version it has not followed.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { clipFieldProblem, draftOf, fieldsOf, followRow, isEdited, withFields, type ClipFields } from '../lib/model/clip-edit';
import type { Clip, ClipDraft } from '../lib/model/store-schemas';

export type Notice = { text: string; alert: boolean } | null;
interface EditState {
  fields: ClipFields;
  /** the stored version the fields start from; a save is checked against its updatedAt */
  base: Clip;
  notice: Notice;
}
export interface ClipEditorHandlers {
  onDraft: (draft: ClipDraft | null) => void;
  onSave: (clip: Clip, baseUpdatedAt: string) => Promise<Clip>;
}

const STALE_DRAFT = { text: 'These unsaved changes began before the clip was last saved elsewhere.', alert: false };
const quoted = (c: Clip) => `Saved there: note “${c.note || '(empty)'}”, tags “${c.tags.join(', ')}”, ${c.status}.`;
const sameFields = (a: ClipFields, b: ClipFields) =>
  a.note === b.note && a.tags === b.tags && a.status === b.status && a.due === b.due;

function initial(clip: Clip, draft: ClipDraft | null): EditState {
  // A draft made from an older version keeps that version as its base, so saving it asks first.
  if (!draft) return { fields: fieldsOf(clip), base: clip, notice: null };
  const stale = draft.baseUpdatedAt !== clip.updatedAt;
  return { fields: draft, base: { ...clip, updatedAt: draft.baseUpdatedAt }, notice: stale ? STALE_DRAFT : null };
}

/** The stored row moved on to `clip`: untouched fields follow it; a field changed on both sides is kept and flagged. */
function follow(state: EditState, clip: Clip): EditState | null {
  if (clip.updatedAt === state.base.updatedAt) return null;
  const followed = followRow(state.fields, state.base, clip);
  const base = followed.rebase ? clip : state.base;
  let notice = state.notice;
  if (followed.conflict)
    notice = { text: `This clip was also changed in another window. ${quoted(clip)} Yours is kept here.`, alert: true };
  else if (followed.updated) notice = { text: 'Updated with changes saved in another window.', alert: false };
  return { fields: followed.fields, base, notice };
}

/** Fields, base version and notice of the editor of `clip`, with its edit, save and discard actions. */
export function useClipEditor(clip: Clip, draft: ClipDraft | null, { onDraft, onSave }: ClipEditorHandlers) {
  const [state, setState] = useState<EditState>(() => initial(clip, draft));
  const latest = useRef(state);
  const seen = useRef(clip);
  const put = (next: EditState) => {
    latest.current = next;
    setState(next);
  };
  // The kept draft changes with the fields (typing, following, saving), never with a message alone.
  const keep = (next: EditState) => {
    put(next);
    onDraft(isEdited(next.fields, next.base) ? draftOf(clip.id, next.fields, next.base) : null);
  };

  useLayoutEffect(() => {
    if (clip === seen.current) return;
    seen.current = clip;
    const next = follow(latest.current, clip);
    if (next) keep(next);
  }, [clip]);

  // A draft kept after this editor opened (a backup restored in another window) is shown when
  // nothing is typed here; typing here is never replaced. It is stored already: not kept again.
  const seenDraft = useRef(draft);
  useLayoutEffect(() => {
    if (draft === seenDraft.current) return;
    seenDraft.current = draft;
    if (draft && !isEdited(latest.current.fields, latest.current.base)) put(initial(clip, draft));
  }, [draft]);

  const edit = (patch: Partial<ClipFields>) => keep({ ...latest.current, fields: { ...latest.current.fields, ...patch } });
  const save = async () => {
    const sent = latest.current;
    const problem = clipFieldProblem(sent.fields);
    if (problem) return put({ ...sent, notice: { text: problem, alert: true } });
    try {
      const saved = await onSave(withFields(clip, sent.fields), sent.base.updatedAt);
      // Anything typed while the save was on its way stays, as an edit of the saved version.
      // The store dropped the draft with the save; only later typing needs one again.
      const now = latest.current.fields;
      const next = {
        fields: sameFields(now, sent.fields) ? fieldsOf(saved) : now,
        base: saved,
        notice: { text: 'Clip saved.', alert: false },
      };
      if (sameFields(now, sent.fields)) put(next);
      else keep(next);
    } catch (error) {
      const current = (error as { current?: Clip | null }).current;
      const text = error instanceof Error ? error.message : String(error);
      // The next Save replaces the version now stored, knowingly: the message says what it holds.
      put({
        ...latest.current,
        base: current ?? latest.current.base,
        notice: {
          text: current ? `${text} ${quoted(current)} Press Save clip again to replace it with yours.` : text,
          alert: true,
        },
      });
    }
  };
  const discard = () =>
    keep({ fields: fieldsOf(clip), base: clip, notice: { text: 'Unsaved changes discarded.', alert: false } });
  return { ...state, edited: isEdited(state.fields, state.base), edit, save, discard };
}
