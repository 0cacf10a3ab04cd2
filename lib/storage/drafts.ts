// Unsaved edits of clips, kept in the store as they are typed so that switching panel tabs,
// closing the panel or a crash loses nothing. Not announced to other windows: a draft is one
// editor's work in progress until "Save clip" turns it into the clip.
import { readRow } from './rows';
import { DraftSchema, type ClipDraft } from '../model/store-schemas';
import type { LensStore } from './store';

/** Keeps (replaces) the draft of one clip. Throws StoreError when the store refuses. */
export async function keepDraft(store: LensStore, draft: ClipDraft): Promise<void> {
  const row = DraftSchema.parse(draft);
  await store.write(() => store.db.put('drafts', row));
}

/** Forgets the draft of a clip (after it was saved, or the user discarded it). */
export async function discardDraft(store: LensStore, clipId: string): Promise<void> {
  await store.write(() => store.db.delete('drafts', clipId));
}

/** Every readable draft, by clip id. */
export async function readDrafts(store: LensStore): Promise<Map<string, ClipDraft>> {
  const rows = (await store.db.getAll('drafts')).map((v) => readRow<ClipDraft>('drafts', v));
  return new Map(rows.filter((d): d is ClipDraft => d !== null).map((d) => [d.clipId, d]));
}
