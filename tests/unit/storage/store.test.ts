import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openAtVersion } from '../../../lib/storage/db';
import { LensStore } from '../../../lib/storage/store';
import { freshStore, makeClip, makeReport } from './fixtures';

describe('the store', () => {
  it('keeps reports and clips, and joins the addresses of one report reached twice', async () => {
    const store = await freshStore();
    await store.saveReport(makeReport());
    await store.saveReport(makeReport('fingerprint-1', { urls: ['https://files.ofsted.gov.uk/v1/file/1'] }));
    await store.saveClip(makeClip());
    const { rows } = await store.listReports();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.urls).toEqual(['https://example.gov.uk/fingerprint-1.pdf', 'https://files.ofsted.gov.uk/v1/file/1']);
    expect((await store.clipsOfReport('fingerprint-1'))[0]!.note).toBe('Ask at the December panel');
  });

  it('refuses to write a row that breaks its schema', async () => {
    const store = await freshStore();
    await expect(store.saveClip({ ...makeClip(), status: 'forgotten' as never })).rejects.toThrow();
    expect((await store.listClips()).rows).toEqual([]);
  });

  it('reports rows that no longer parse instead of dropping them silently', async () => {
    const store = await freshStore();
    await store.db.put('clips', { id: 'broken', reportId: 'x' } as never);
    await store.saveClip(makeClip());
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

describe('upgrades', () => {
  it('upgrades a database from every earlier version, keeping its data', async () => {
    for (let version = 1; version < DB_VERSION; version++) {
      const factory = new IDBFactory();
      (globalThis as { indexedDB?: IDBFactory }).indexedDB = factory;
      const old = await openAtVersion(version);
      await old.put('reports', makeReport());
      await old.put('clips', makeClip('c1', { tags: ['placements', 'health'] }));
      old.close();
      const store = await LensStore.open(factory);
      expect(store.db.version).toBe(DB_VERSION);
      expect((await store.listReports()).rows).toHaveLength(1);
      expect((await store.db.getAllFromIndex('clips', 'byTag', 'health')).map((c) => c.id)).toEqual(['c1']);
      expect(await store.db.getAllFromIndex('linkDecisions', 'byAuthority', '332')).toEqual([]);
      store.db.close();
    }
  });
});
