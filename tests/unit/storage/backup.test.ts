import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, readBackup } from '../../../lib/storage/backup';
import { freshStore, makeClip, makeReport } from './fixtures';

async function storeWithData() {
  const store = await freshStore();
  await store.saveReport(makeReport());
  await store.saveClip(makeClip());
  return store;
}

describe('backup and restore', () => {
  it('restores everything into an empty store', async () => {
    const backup = JSON.stringify(await exportBackup(await storeWithData()));
    const empty = await freshStore();
    expect(await importBackup(empty, readBackup(backup))).toEqual({ reportsAdded: 1, clipsAdded: 1, clipsUpdated: 0, decisionsRestored: 0 });
    expect((await empty.listClips()).rows[0]!.note).toBe('Ask at the December panel');
  });

  it('merges without duplicates, the later edit of a clip winning', async () => {
    const store = await storeWithData();
    const backup = await exportBackup(store);
    await store.saveClip(makeClip('clip-1', { note: 'Raised on 3 December', updatedAt: '2026-12-03' }));
    await store.saveClip(makeClip('clip-2'));
    expect(await importBackup(store, readBackup(JSON.stringify(backup)))).toEqual({
      reportsAdded: 0,
      clipsAdded: 0,
      clipsUpdated: 0,
      decisionsRestored: 0,
    });
    const clips = (await store.listClips()).rows;
    expect(clips.map((c) => c.id).sort()).toEqual(['clip-1', 'clip-2']);
    expect(clips.find((c) => c.id === 'clip-1')!.note).toBe('Raised on 3 December');
  });

  const good = () => ({
    format: 'inspection-lens-backup',
    version: 1,
    exportedAt: '2026-11-21',
    reports: [makeReport()],
    clips: [makeClip()],
  });
  const MALFORMED: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => '', /not valid JSON/],
    ['a truncated file', () => JSON.stringify(good()).slice(0, 300), /not valid JSON/],
    ['another program’s JSON', () => JSON.stringify({ bookmarks: [] }), /not an Inspection Lens backup/],
    ['a JSON array', () => '[1,2,3]', /not an Inspection Lens backup/],
    ['a newer version', () => JSON.stringify({ ...good(), version: 99 }), /newer version/],
    [
      'a clip with a wrong type',
      () => JSON.stringify({ ...good(), clips: [{ ...makeClip(), tags: 'placements' }] }),
      /damaged \(clips\.0\.tags/,
    ],
    [
      'a report without an id',
      () => JSON.stringify({ ...good(), reports: [{ ...makeReport(), id: '' }] }),
      /damaged \(reports\.0\.id/,
    ],
    [
      'a huge string',
      () => JSON.stringify({ ...good(), clips: [{ ...makeClip(), note: 'x'.repeat(50_000) }] }),
      /damaged \(clips\.0\.note/,
    ],
    [
      'an unknown status',
      () => JSON.stringify({ ...good(), clips: [{ ...makeClip(), status: '<script>alert(1)</script>' }] }),
      /damaged \(clips\.0\.status/,
    ],
    [
      'script-like text as the format',
      () => JSON.stringify({ ...good(), format: '<img src=x onerror=alert(1)>' }),
      /not an Inspection Lens backup/,
    ],
  ];

  it.each(MALFORMED)('refuses %s with a message and changes nothing', async (_what, text, message) => {
    const store = await storeWithData();
    const before = JSON.stringify(await exportBackup(store));
    expect(() => readBackup(text())).toThrow(message);
    expect(JSON.stringify(await exportBackup(store))).toBe(before);
  });
});
