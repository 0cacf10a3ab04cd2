import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, readBackup } from '../../../lib/storage/backup';
import { discardDraft, keepDraft, readDrafts } from '../../../lib/storage/drafts';
import type { ClipDraft } from '../../../lib/model/store-schemas';
import { backupRowNames, freshStore, makeClip, storedRowNames } from './fixtures';

const draft = (over: Partial<ClipDraft> = {}): ClipDraft => ({
  clipId: 'clip-1',
  note: 'Half-typed question for the director',
  tags: 'placements, heal',
  status: 'to raise',
  due: '',
  baseUpdatedAt: '2026-11-21',
  savedAt: '2026-11-22T09:00:00.000Z',
  ...over,
});

describe('drafts of clip edits', () => {
  it('are kept until discarded, and saving the clip discards its draft', async () => {
    const store = await freshStore();
    const clip = await store.addClip(makeClip());
    await keepDraft(store, draft());
    expect((await readDrafts(store)).get('clip-1')?.note).toBe('Half-typed question for the director');
    await store.saveClipEdit({ ...clip, note: 'Saved question' }, clip.updatedAt);
    expect((await readDrafts(store)).size).toBe(0);
    await keepDraft(store, draft({ note: 'again' }));
    await discardDraft(store, 'clip-1');
    expect((await readDrafts(store)).size).toBe(0);
  });

  it('go with a deleted clip and come back when the delete is undone', async () => {
    const store = await freshStore();
    await store.addClip(makeClip());
    await keepDraft(store, draft());
    const deleted = await store.deleteClip('clip-1');
    expect(await storedRowNames(store)).toEqual([]);
    await store.undoDelete(deleted);
    expect(await storedRowNames(store)).toEqual(['clips/clip-1', 'drafts/clip-1']);
  });

  it('are in every backup, and a restore adds those this store does not have', async () => {
    const store = await freshStore();
    await store.addClip(makeClip());
    await keepDraft(store, draft());
    const backup = await exportBackup(store);
    expect(backupRowNames(backup)).toEqual(await storedRowNames(store));
    const empty = await freshStore();
    expect(await importBackup(empty, readBackup(JSON.stringify(backup)))).toMatchObject({ clipsAdded: 1, draftsAdded: 1 });
    expect(await storedRowNames(empty)).toEqual(await storedRowNames(store));
  });
});
