import { useEffect, useRef } from 'preact/hooks';
import type { Clip, ClipDraft } from '../lib/model/store-schemas';
import { CLIP_STATUSES } from '../lib/model/store-schemas';
import { useClipEditor } from './use-clip-editor';

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

/** Note, tags, follow-up status and date of one clip. Follows the stored row, keeps unsaved edits as
 * a draft, and never overwrites a version it has not seen: such a save is refused and explained. */
export function ClipEditor({ clip, draft, onDraft, onSave, onDelete }: Props) {
  const { fields, notice, edited, edit, save, discard } = useClipEditor(clip, draft, { onDraft, onSave });
  const id = `clip-${clip.id}`;
  // A refusal ("changed in another window") is written under the buttons: bring it into view, or
  // pressing Save clip seems to do nothing when the card's end is below the panel's edge.
  const alertLine = useRef<HTMLParagraphElement>(null);
  const alertText = notice?.alert ? notice.text : '';
  useEffect(() => {
    if (alertText) alertLine.current?.scrollIntoView?.({ block: 'nearest' });
  }, [alertText]);
  return (
    <form class="clip-editor" onSubmit={(e) => (e.preventDefault(), void save())}>
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
      <p role="alert" class="error" ref={alertLine}>
        {alertText}
      </p>
    </form>
  );
}
