// An edit of one clip in the panel, as plain data: the fields as typed, the version of the clip they
// start from, and how they follow the stored row when another window saves. Pure.
import type { Clip, ClipDraft, ClipStatus } from './store-schemas';

/** The editable fields of a clip, as the form holds them (tags as typed, date '' when empty). */
export interface ClipFields {
  note: string;
  tags: string;
  status: ClipStatus;
  due: string;
}
const FIELDS = ['note', 'tags', 'status', 'due'] as const;

/** The form's fields for a stored clip. */
export const fieldsOf = (clip: Clip): ClipFields => ({
  note: clip.note,
  tags: clip.tags.join(', '),
  status: clip.status,
  due: clip.due ?? '',
});

/** Tags typed as "a, b, a": trimmed, without repeats, at most 30. */
export const splitTags = (s: string): string[] =>
  [
    ...new Set(
      s
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ].slice(0, 30);

/** The clip with the form's fields written into it. */
export const withFields = (clip: Clip, f: ClipFields): Clip => ({
  ...clip,
  note: f.note,
  tags: splitTags(f.tags),
  status: f.status,
  due: f.due || null,
});

/** Has the user changed any field since `base`? */
export const isEdited = (f: ClipFields, base: Clip): boolean => FIELDS.some((k) => f[k] !== fieldsOf(base)[k]);

export interface Followed {
  fields: ClipFields;
  /** the edits can now be based on the new row (no field was changed on both sides) */
  rebase: boolean;
  /** a field the user had not touched took the new row's value */
  updated: boolean;
  /** a field the user changed was also changed, differently, in the new row */
  conflict: boolean;
}

/** The form after the stored row moved from `base` to `row`: untouched fields take the row's values,
 * fields the user changed keep the user's text. */
export function followRow(f: ClipFields, base: Clip, row: Clip): Followed {
  const before = fieldsOf(base);
  const after = fieldsOf(row);
  const fields = { ...f };
  let updated = false;
  let conflict = false;
  for (const k of FIELDS) {
    if (f[k] === before[k]) {
      (fields as Record<string, string>)[k] = after[k];
      updated ||= after[k] !== before[k];
    } else if (after[k] !== before[k] && after[k] !== f[k]) conflict = true;
  }
  return { fields, rebase: !conflict, updated, conflict };
}

/** The draft that keeps these fields until they are saved or discarded. */
export const draftOf = (clipId: string, f: ClipFields, base: Clip): ClipDraft => ({
  clipId,
  ...f,
  baseUpdatedAt: base.updatedAt,
  savedAt: new Date().toISOString(),
});

const MAX_TAG = 60; // ClipSchema's limit for one tag
const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Why the form's fields cannot be saved, in words the councillor can act on, or null when they can.
 * Checked before saving so that a limit of the store (ClipSchema: a tag at most 60 characters) is
 * never reported as a storage failure. A follow-up date outside 2000–2100 is taken as a typing slip. */
export function clipFieldProblem(f: ClipFields): string | null {
  const long = splitTags(f.tags).find((t) => t.length > MAX_TAG);
  if (long)
    return `The tag “${long.slice(0, 20)}…” is ${long.length} characters long: a tag can have at most ${MAX_TAG}. Shorten it, or put the words in the note. Nothing was saved.`;
  const year = f.due ? Number(f.due.slice(0, 4)) : 2000;
  if (year < 2000 || year > 2100)
    return `The follow-up date ${longDate(f.due)} looks like a typing slip: choose a date between 2000 and 2100. Nothing was saved.`;
  return null;
}
