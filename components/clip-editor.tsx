import { useState } from 'preact/hooks';
import { CLIP_STATUSES, type Clip } from '../lib/storage/schemas';

interface Props {
  clip: Clip;
  onSave: (clip: Clip) => void;
  onDelete: (id: string) => void;
}

const splitTags = (s: string) =>
  [
    ...new Set(
      s
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ].slice(0, 30);

/** Note, tags, follow-up status and date of one clip. Saves on "Save"; nothing is lost on typing. */
export function ClipEditor({ clip, onSave, onDelete }: Props) {
  const [note, setNote] = useState(clip.note);
  const [tags, setTags] = useState(clip.tags.join(', '));
  const [status, setStatus] = useState(clip.status);
  const [due, setDue] = useState(clip.due ?? '');
  const id = `clip-${clip.id}`;
  const save = (e: Event) => {
    e.preventDefault();
    onSave({ ...clip, note, tags: splitTags(tags), status, due: due || null, updatedAt: new Date().toISOString() });
  };
  return (
    <form class="clip-editor" onSubmit={save}>
      <label for={`${id}-note`}>Note</label>
      <textarea id={`${id}-note`} value={note} maxLength={20000} onInput={(e) => setNote(e.currentTarget.value)} />
      <label for={`${id}-tags`}>Tags (comma separated)</label>
      <input id={`${id}-tags`} value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <label for={`${id}-status`}>Follow-up</label>
      <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.currentTarget.value as Clip['status'])}>
        {CLIP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label for={`${id}-due`}>Follow up by</label>
      <input id={`${id}-due`} type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
      <div class="actions">
        <button type="submit">Save clip</button>
        <button type="button" onClick={() => onDelete(clip.id)}>
          Delete clip
        </button>
      </div>
    </form>
  );
}
