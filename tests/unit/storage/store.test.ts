import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openAtVersion } from '../../../lib/storage/db';
import { exportBackup } from '../../../lib/storage/backup';
import { ClipConflictError, LensStore } from '../../../lib/storage/store';
import { backupRowNames, freshStore, makeClip, makeDecision, makeReport, storedRowNames } from './fixtures';

describe('the store', () => {
  it('keeps reports and clips, and joins the addresses of one report reached twice', async () => {
    const store = await freshStore();
    await store.saveReport(makeReport());
    await store.saveReport(makeReport('fingerprint-1', { urls: ['https://files.ofsted.gov.uk/v1/file/1'] }));
    await store.addClip(makeClip());
    const { rows } = await store.listReports();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.urls).toEqual(['https://example.gov.uk/fingerprint-1.pdf', 'https://files.ofsted.gov.uk/v1/file/1']);
    expect((await store.clipsOfReport('fingerprint-1'))[0]!.note).toBe('Ask at the December panel');
  });

  it('keeps the title of a report added again under another file name, and adds only its address', async () => {
    const store = await freshStore();
    await store.saveReport(makeReport());
    const again = makeReport('fingerprint-1', { title: 'scan-0042.pdf', urls: ['file:scan-0042.pdf'], savedAt: '2026-12-01' });
    const { report, added } = await store.addReport(again);
    expect(added).toBe(false);
    const stored = await store.getReport('fingerprint-1');
    expect(stored!.title).toBe('Dudley 2022');
    expect(stored!.savedAt).toBe('2026-11-21');
    expect(stored!.urls).toEqual(['https://example.gov.uk/fingerprint-1.pdf', 'file:scan-0042.pdf']);
    expect(report).toEqual(stored);
    expect((await store.addReport(makeReport('fingerprint-2'))).added).toBe(true);
  });

  it('refuses to write a row that breaks its schema', async () => {
    const store = await freshStore();
    await expect(store.addClip({ ...makeClip(), status: 'forgotten' as never })).rejects.toThrow();
    expect((await store.listClips()).rows).toEqual([]);
  });

  it('reports rows that no longer parse instead of dropping them silently', async () => {
    const store = await freshStore();
    await store.db.put('clips', { id: 'broken', reportId: 'x' } as never);
    await store.addClip(makeClip());
    const listed = await store.listClips();
    expect(listed.rows).toHaveLength(1);
    expect(listed.invalid).toBe(1);
  });

  it('explains a full disk in words', async () => {
    const store = await freshStore();
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    await expect(store.write(() => Promise.reject(full))).rejects.toThrow(/no room left/);
  });
});

const urls = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `https://example.gov.uk/pack-${from + i}.pdf`);

describe('addresses of a report', () => {
  it('keeps the newest 50 when a report gains a 51st address, and the row stays readable', async () => {
    const store = await freshStore();
    await store.saveReport(makeReport('fingerprint-1', { urls: urls(50) }));
    await store.saveReport(makeReport('fingerprint-1', { urls: urls(3, 50) }));
    const listed = await store.listReports();
    expect(listed.invalid).toBe(0);
    expect(listed.rows[0]!.urls).toEqual(urls(50, 3));
    expect(backupRowNames(await exportBackup(store))).toEqual(await storedRowNames(store));
  });

  it('shows a report stored with more than 50 addresses (by an earlier version) with its newest 50', async () => {
    const store = await freshStore();
    await store.db.put('reports', makeReport('fingerprint-1', { urls: urls(51) }));
    const listed = await store.listReports();
    expect([listed.rows.length, listed.invalid]).toEqual([1, 0]);
    expect(listed.rows[0]!.urls).toEqual(urls(50, 1));
    await store.saveReport(makeReport('fingerprint-1', { urls: urls(1, 51) }));
    expect((await store.listReports()).rows[0]!.urls).toEqual(urls(50, 2));
    expect(backupRowNames(await exportBackup(store))).toEqual(await storedRowNames(store));
  });
});

describe('editing a clip', () => {
  it('saves an edit based on the stored version, with a later updatedAt', async () => {
    const store = await freshStore();
    const clip = await store.addClip(makeClip());
    const saved = await store.saveClipEdit({ ...clip, note: 'Raised' }, clip.updatedAt);
    expect(saved.updatedAt > clip.updatedAt).toBe(true);
    expect((await store.listClips()).rows[0]!.note).toBe('Raised');
  });

  it('refuses an edit based on an older version, and changes nothing', async () => {
    const store = await freshStore();
    const clip = await store.addClip(makeClip());
    const first = await store.saveClipEdit({ ...clip, note: 'From the first window' }, clip.updatedAt);
    const stale = store.saveClipEdit({ ...clip, tags: ['health'] }, clip.updatedAt);
    await expect(stale).rejects.toThrow(/changed in another window/);
    await expect(stale).rejects.toBeInstanceOf(ClipConflictError);
    expect(((await stale.catch((e: ClipConflictError) => e)) as ClipConflictError).current).toEqual(first);
    expect((await store.listClips()).rows).toEqual([first]);
  });

  it('refuses an edit of a clip deleted meanwhile', async () => {
    const store = await freshStore();
    const clip = await store.addClip(makeClip());
    await store.deleteClip(clip.id);
    await expect(store.saveClipEdit({ ...clip, note: 'x' }, clip.updatedAt)).rejects.toThrow(/deleted/);
    expect((await store.listClips()).rows).toEqual([]);
  });

  it('never overwrites a clip when adding one with the same id', async () => {
    const store = await freshStore();
    await store.addClip(makeClip());
    await expect(store.addClip(makeClip('clip-1', { note: 'other' }))).rejects.toThrow();
    expect((await store.listClips()).rows[0]!.note).toBe('Ask at the December panel');
  });

  it('gives back a deleted clip, so deleting can be undone', async () => {
    const store = await freshStore();
    const clip = await store.addClip(makeClip());
    const deleted = await store.deleteClip(clip.id);
    expect(deleted.clip).toEqual(clip);
    await store.undoDelete(deleted);
    expect((await store.listClips()).rows).toEqual([clip]);
  });
});

describe('upgrades', () => {
  it('has one step per version: v3 link decisions (shipped), v4 drafts, v5 clips by createdAt', () => {
    expect(DB_VERSION).toBe(5);
  });

  it('upgrades a database from every version before drafts (v1, v2, v3), keeping its data', async () => {
    for (let version = 1; version < 4; version++) {
      const factory = new IDBFactory();
      (globalThis as { indexedDB?: IDBFactory }).indexedDB = factory;
      const old = await openAtVersion(version);
      await old.put('reports', makeReport());
      await old.put('clips', makeClip('c1', { tags: ['placements', 'health'] }));
      if (version >= 3) await old.put('linkDecisions', makeDecision());
      expect([...old.objectStoreNames]).not.toContain('drafts');
      old.close();
      const store = await LensStore.open(factory);
      expect(store.db.version).toBe(DB_VERSION);
      expect((await store.listReports()).rows).toHaveLength(1);
      expect((await store.db.getAllFromIndex('clips', 'byTag', 'health')).map((c) => c.id)).toEqual(['c1']);
      expect([...store.db.objectStoreNames].sort()).toEqual(['clips', 'drafts', 'linkDecisions', 'reports']);
      const decisions = await store.db.getAllFromIndex('linkDecisions', 'byAuthority', '332');
      expect(decisions).toEqual(version >= 3 ? [makeDecision()] : []);
      expect(await store.db.getAll('drafts')).toEqual([]);
      store.db.close();
    }
  });

  it('upgrades a v4 database holding every kind of row to v5, losing nothing, and indexes its clips by createdAt', async () => {
    const factory = new IDBFactory();
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = factory;
    const old = await openAtVersion(4);
    const clips = [
      makeClip('c-old', { createdAt: '2026-01-02', updatedAt: '2026-01-02' }),
      makeClip('c-new', { createdAt: '2026-11-21T09:30:00.000Z', updatedAt: '2026-11-22T09:30:00.000Z', tags: ['health'] }),
      makeClip('c-mid', { createdAt: '2026-06-01T12:00:00Z', updatedAt: '2026-06-01T12:00:00Z' }),
    ];
    const draft = {
      clipId: 'c-mid',
      note: 'half typed',
      tags: 'a, b',
      status: 'raised' as const,
      due: '',
      baseUpdatedAt: clips[2]!.updatedAt,
      savedAt: '2026-11-29',
    };
    await old.put('reports', makeReport());
    for (const c of clips) await old.put('clips', c);
    await old.put('clips', { id: 'damaged', note: 3 } as never);
    await old.put('linkDecisions', makeDecision());
    await old.put('drafts', draft);
    const before = await Promise.all(['reports', 'clips', 'drafts', 'linkDecisions'].map((n) => old.getAll(n as never)));
    expect([...old.transaction('clips').store.indexNames]).not.toContain('byCreatedAt');
    old.close();

    const store = await LensStore.open(factory);
    expect(store.db.version).toBe(5);
    const after = await Promise.all(['reports', 'clips', 'drafts', 'linkDecisions'].map((n) => store.db.getAll(n as never)));
    expect(after).toEqual(before);
    expect(after[1]).toHaveLength(4);
    const newest = (await store.db.getAllFromIndex('clips', 'byCreatedAt')).map((c) => c.id).reverse();
    expect(newest).toEqual(['c-new', 'c-mid', 'c-old']);
    // The quick count is of rows (the damaged one too); reading the clips leaves it out and reports it.
    expect(await store.countClips()).toBe(4);
    expect((await store.listClips()).rows).toHaveLength(3);
    expect((await store.db.getAllFromIndex('clips', 'byTag', 'health')).map((c) => c.id)).toEqual(['c-new']);
    expect((await exportBackup(store)).unreadable).toHaveLength(1);
    store.db.close();
  });
});

describe('clipping a recommendation', () => {
  it('makes one clip when two windows clip the same recommendation at the same moment', async () => {
    const store = await freshStore();
    const [a, b] = await Promise.all([
      store.clipRecommendation(makeClip('from-panel-a')),
      store.clipRecommendation(makeClip('from-panel-b')),
    ]);
    expect((await store.listClips()).rows.map((c) => c.id)).toEqual(['from-panel-a']);
    expect([a.added, b.added]).toEqual([true, false]);
    expect(b.clip.id).toBe('from-panel-a');
  });

  it('still clips another recommendation of the report, and the same one of another report', async () => {
    const store = await freshStore();
    const first = makeClip('first');
    await store.clipRecommendation(first);
    const other = { ...first.anchor, start: first.anchor.start + 1 };
    expect((await store.clipRecommendation(makeClip('moved', { anchor: other }))).added).toBe(true);
    expect((await store.clipRecommendation(makeClip('elsewhere', { reportId: 'fingerprint-2' }))).added).toBe(true);
    expect(await store.countClips()).toBe(3);
  });
});
