import { useEffect, useRef, useState } from 'preact/hooks';
import { draftOf, fieldsOf, followRow, isEdited, withFields, type ClipFields } from '../lib/model/clip-edit';
import { CLIP_STATUSES, type Clip, type ClipDraft } from '../lib/model/store-schemas';

interface Props {
  /** the stored row; changes when any window saves it */
  clip: Clip;
  /** edits kept from an earlier visit, not yet saved */
  draft: ClipDraft | null;
  /** every change of the fields, as a draft to keep, or null when nothing is left unsaved */
  onDraft: (draft: ClipDraft | null) => void;
  /** saves an edit made from the version `baseUpdatedAt`; rejects (with `current`) when it changed */
  onSave: (clip: Clip, baseUpdatedAt: string) => Promise<Clip>;
  onDelete: (id: string) => void;
}

type Notice = { text: string; alert: boolean } | null;

const STALE_DRAFT = { text: 'These unsaved changes began before the clip was last saved elsewhere.', alert: false };
const quoted = (c: Clip) => `Saved there: note “${c.note || '(empty)'}”, tags “${c.tags.join(', ')}”, ${c.status}.`;

/** Note, tags, follow-up status and date of one clip. Follows the stored row, keeps unsaved edits as
 * a draft, and never overwrites a version it has not seen: such a save is refused and explained. */
export function ClipEditor({ clip, draft, onDraft, onSave, onDelete }: Props) {
  // A draft made from an older version keeps that version as its base, so saving it asks first.
  const [base, setBase] = useState<Clip>(draft ? { ...clip, updatedAt: draft.baseUpdatedAt } : clip);
  const [fields, setFields] = useState<ClipFields>(draft ?? fieldsOf(clip));
  const [notice, setNotice] = useState<Notice>(draft && draft.baseUpdatedAt !== clip.updatedAt ? STALE_DRAFT : null);
  const seen = useRef(clip);
  const id = `clip-${clip.id}`;

  useEffect(() => {
    if (clip === seen.current) return;
    seen.current = clip;
    if (clip.updatedAt === base.updatedAt) return;
    const followed = followRow(fields, base, clip);
    const next = followed.rebase ? clip : base;
    setFields(followed.fields);
    setBase(next);
    if (followed.conflict)
      setNotice({ text: `This clip was also changed in another window. ${quoted(clip)} Yours is kept here.`, alert: true });
    else if (followed.updated) setNotice({ text: 'Updated with changes saved in another window.', alert: false });
    if (isEdited(followed.fields, next)) onDraft(draftOf(clip.id, followed.fields, next));
  }, [clip]);

  const edit = (patch: Partial<ClipFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    onDraft(isEdited(next, base) ? draftOf(clip.id, next, base) : null);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      const saved = await onSave(withFields(clip, fields), base.updatedAt);
      setBase(saved);
      setFields(fieldsOf(saved));
      setNotice({ text: 'Clip saved.', alert: false });
    } catch (error) {
      const current = (error as { current?: Clip | null }).current;
      // The next Save replaces the version now stored, knowingly: the message says what it holds.
      if (current) setBase(current);
      const text = error instanceof Error ? error.message : String(error);
      setNotice({
        text: current ? `${text} ${quoted(current)} Press Save clip again to replace it with yours.` : text,
        alert: true,
      });
    }
  };
  const discard = () => {
    setFields(fieldsOf(clip));
    setBase(clip);
    onDraft(null);
    setNotice({ text: 'Unsaved changes discarded.', alert: false });
  };
  const edited = isEdited(fields, base);
  return (
    <form class="clip-editor" onSubmit={(e) => void save(e)}>
      <label for={`${id}-note`}>Note</label>
      <textarea id={`${id}-note`} value={fields.note} maxLength={20000} onInput={(e) => edit({ note: e.currentTarget.value })} />
      <label for={`${id}-tags`}>Tags (comma separated)</label>
      <input id={`${id}-tags`} value={fields.tags} onInput={(e) => edit({ tags: e.currentTarget.value })} />
      <label for={`${id}-status`}>Follow-up</label>
      <select
        id={`${id}-status`}
        value={fields.status}
        onChange={(e) => edit({ status: e.currentTarget.value as Clip['status'] })}
      >
        {CLIP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label for={`${id}-due`}>Follow up by</label>
      <input id={`${id}-due`} type="date" value={fields.due} onInput={(e) => edit({ due: e.currentTarget.value })} />
      <div class="actions">
        <button type="submit">Save clip</button>
        {edited ? (
          <button type="button" onClick={discard}>
            Discard changes
          </button>
        ) : null}
        <button type="button" onClick={() => onDelete(clip.id)}>
          Delete clip
        </button>
      </div>
      {edited ? <p class="meta">Unsaved changes (kept until you save or discard them).</p> : null}
      <p role="status" class="ok">
        {notice && !notice.alert ? notice.text : ''}
      </p>
      <p role="alert" class="error">
        {notice?.alert ? notice.text : ''}
      </p>
    </form>
  );
}
