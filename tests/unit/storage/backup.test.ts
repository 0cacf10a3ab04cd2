import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, readBackup } from '../../../lib/storage/backup';
import { describeLeftOut } from '../../../lib/storage/backup-rows';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION } from '../../../lib/storage/db';
import { LensStore } from '../../../lib/storage/store';
import { backupRowNames, freshStore, makeClip, makeReport, storedRowNames } from './fixtures';

async function storeWithData() {
  const store = await freshStore();
  await store.saveReport(makeReport());
  await store.addClip(makeClip());
  return store;
}

describe('backup and restore', () => {
  it('restores everything into an empty store', async () => {
    const backup = JSON.stringify(await exportBackup(await storeWithData()));
    const empty = await freshStore();
    expect(await importBackup(empty, readBackup(backup))).toMatchObject({
      reportsAdded: 1,
      clipsAdded: 1,
      clipsUpdated: 0,
      decisionsRestored: 0,
    });
    expect((await empty.listClips()).rows[0]!.note).toBe('Ask at the December panel');
  });

  it('adds no second clip of a text span already clipped here (same report, same quote at the same place) under another id', async () => {
    const store = await storeWithData();
    const twin = makeClip('clip-made-elsewhere', { note: 'Raised at scrutiny' });
    const other = makeClip('clip-other-span', { anchor: { ...makeClip().anchor, start: 0, quote: 'Inspection of Dudley' } });
    const draft = {
      clipId: 'clip-made-elsewhere',
      note: 'half typed',
      tags: '',
      status: 'to raise',
      due: '',
      baseUpdatedAt: '2026-11-21',
      savedAt: '2026-11-22',
    };
    const file = { ...JSON.parse(JSON.stringify(await exportBackup(store))), clips: [twin, other], drafts: [draft] };
    const result = await importBackup(store, readBackup(JSON.stringify(file)));
    expect(result).toMatchObject({ clipsAdded: 1, clipsUpdated: 0, draftsAdded: 0 });
    expect((await store.listClips()).rows.map((c) => c.id).sort()).toEqual(['clip-1', 'clip-other-span']);
    // Restoring the same file again adds nothing either.
    expect(await importBackup(store, readBackup(JSON.stringify(file)))).toMatchObject({ clipsAdded: 0, clipsUpdated: 0 });
    expect((await store.listClips()).rows).toHaveLength(2);
  });

  it('merges without duplicates, the later edit of a clip winning', async () => {
    const store = await storeWithData();
    const backup = await exportBackup(store);
    await store.saveClipEdit(makeClip('clip-1', { note: 'Raised on 3 December' }), '2026-11-21');
    await store.addClip(makeClip('clip-2'));
    expect(await importBackup(store, readBackup(JSON.stringify(backup)))).toMatchObject({
      reportsAdded: 0,
      clipsAdded: 0,
      clipsUpdated: 0,
      decisionsRestored: 0,
    });
    const clips = (await store.listClips()).rows;
    expect(clips.map((c) => c.id).sort()).toEqual(['clip-1', 'clip-2']);
    expect(clips.find((c) => c.id === 'clip-1')!.note).toBe('Raised on 3 December');
  });

  it('keeps a clip whose report is in neither the backup nor the store, and counts it', async () => {
    const store = await freshStore();
    await store.saveReport(makeReport('fingerprint-here'));
    const clips = [
      makeClip('in-file'),
      makeClip('in-store', { reportId: 'fingerprint-here' }),
      makeClip('alone', { reportId: 'fingerprint-gone' }),
    ];
    const file = { format: 'inspection-lens-backup', version: 1, exportedAt: '2026-11-21', reports: [makeReport()], clips };
    const result = await importBackup(store, readBackup(JSON.stringify(file)));
    expect(result).toMatchObject({ clipsAdded: 3, clipsWithoutReport: 1 });
    expect((await store.listClips()).rows.map((c) => c.id).sort()).toEqual(['alone', 'in-file', 'in-store']);
  });

  const good = () => ({
    format: 'inspection-lens-backup',
    version: 1,
    exportedAt: '2026-11-21',
    reports: [makeReport()],
    clips: [makeClip()],
  });
  const MALFORMED: Array<[string, () => string, RegExp]> = [
    [
      'an empty file',
      () => '',
      /^This file is empty, so there is nothing to restore\. Choose the \.json file .*; nothing stored here was changed\.$/,
    ],
    ['a file of blanks', () => ' \n\t\n', /^This file is empty, so there is nothing to restore\./],
    [
      'a truncated file',
      () => JSON.stringify(good()).slice(0, 300),
      /^This file is not an Inspection Lens backup, or it was cut short\. Choose the \.json file .*; nothing stored here was changed\.$/,
    ],
    ['another program’s JSON', () => JSON.stringify({ bookmarks: [] }), /not an Inspection Lens backup/],
    ['a JSON array', () => '[1,2,3]', /not an Inspection Lens backup/],
    ['a newer version', () => JSON.stringify({ ...good(), version: 99 }), /newer version/],
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

  it('refuses a file whose lists are not lists, as a file that is not a backup', () => {
    expect(() => readBackup(JSON.stringify({ ...good(), reports: null }))).toThrow(/damaged \(reports:/);
  });

  const BAD_ROWS: Array<[string, () => object, string]> = [
    [
      'a clip with a wrong type',
      () => ({ clips: [{ ...makeClip(), tags: 'placements' }] }),
      'clip 1 in the file (tags: the wrong kind of value)',
    ],
    ['a report without an id', () => ({ reports: [{ ...makeReport(), id: '' }] }), '“Dudley 2022” (id: empty)'],
    ['a huge string', () => ({ clips: [{ ...makeClip(), note: 'x'.repeat(50_000) }] }), 'clip 1 in the file (note: too long)'],
    [
      'an unknown status',
      () => ({ clips: [{ ...makeClip(), status: '<script>alert(1)</script>' }] }),
      'clip 1 in the file (status: not one of the values allowed)',
    ],
    ['a clip without its note', () => ({ clips: [{ ...makeClip(), note: undefined }] }), 'clip 1 in the file (note: missing)'],
    [
      'a clip edited in the future',
      () => ({ clips: [{ ...makeClip(), updatedAt: '2999-01-01' }] }),
      'clip 1 in the file (updatedAt: a date in the future)',
    ],
  ];
  it.each(BAD_ROWS)('leaves out %s, names it and its reason in words, and restores the rest', async (_what, bad, name) => {
    const backup = readBackup(JSON.stringify({ ...good(), ...bad() }));
    expect(describeLeftOut(backup.leftOut)).toBe(
      `1 ${name.startsWith('clip') ? 'clip' : 'report'} could not be read and was left out: ${name}.`,
    );
    const empty = await freshStore();
    const result = await importBackup(empty, backup);
    expect(result.reportsAdded + result.clipsAdded).toBe(1);
  });
});

describe('a backup with one bad report among good ones', () => {
  it('restores every good report and clip, names the bad one by title, and keeps what was saved', async () => {
    const store = await storeWithData();
    const reports = Array.from({ length: 19 }, (_, i) => makeReport(`good-${i}`, { title: `Report ${i}` }));
    const bad = { ...makeReport('bad', { title: 'Calderdale 2018 inspection' }), urls: null };
    const text = JSON.stringify({ ...(await exportBackup(await freshStore())), reports: [...reports, bad] });
    const backup = readBackup(text);
    expect(backup.leftOut).toEqual([
      { list: 'reports', name: '“Calderdale 2018 inspection”', reason: 'urls: the wrong kind of value' },
    ]);
    const clips = [makeClip('c1', { reportId: 'good-0' }), makeClip('c2', { reportId: 'good-1' })];
    const result = await importBackup(store, { ...backup, clips });
    expect(result).toMatchObject({ reportsAdded: 19, clipsAdded: 2 });
    expect((await store.listReports()).rows).toHaveLength(20); // the report saved before stays
    expect(describeLeftOut(backup.leftOut)).toBe(
      '1 report could not be read and was left out: “Calderdale 2018 inspection” (urls: the wrong kind of value).',
    );
  });

  it('names rows without a title by position, five at most, then how many more', () => {
    const clips = Array.from({ length: 7 }, () => ({ ...makeClip(), status: 'lost' }));
    const head = { format: 'inspection-lens-backup', version: 1, exportedAt: '2026-11-21', reports: [] };
    const backup = readBackup(JSON.stringify({ ...head, clips: [makeClip('ok'), ...clips] }));
    expect(backup.clips.map((c) => c.id)).toEqual(['ok']);
    expect(describeLeftOut(backup.leftOut)).toBe(
      '7 clips could not be read and were left out: clip 2 in the file (status: not one of the values allowed), clip 3 in the file (status: not one of the values allowed), clip 4 in the file (status: not one of the values allowed), clip 5 in the file (status: not one of the values allowed), clip 6 in the file (status: not one of the values allowed), and 2 more.',
    );
  });
});

const everyRowBackedUp = async (store: LensStore) =>
  expect(backupRowNames(await exportBackup(store))).toEqual(await storedRowNames(store));

describe('restore refuses addresses and dates it should not trust', () => {
  const backupWith = (over: { reports?: unknown[]; clips?: unknown[] }) =>
    JSON.stringify({ format: 'inspection-lens-backup', version: 1, exportedAt: '2026-11-21', reports: [], clips: [], ...over });
  const REFUSED: Array<[string, () => string, RegExp]> = [
    [
      'a data: address',
      () => backupWith({ reports: [makeReport('r', { urls: ['data:text/html,<script>alert(1)</script>'] })] }),
      /reports\.0\.urls\.0: not a web address/,
    ],
    [
      'a javascript: address',
      () => backupWith({ reports: [makeReport('r', { urls: ['javascript:alert(1)'] })] }),
      /reports\.0\.urls\.0: not a web address/,
    ],
    ['a javascript: report id', () => backupWith({ reports: [makeReport('javascript:alert(1)')] }), /reports\.0\.id/],
    ['a clip of a data: report id', () => backupWith({ clips: [makeClip('c', { reportId: 'data:,x' })] }), /clips\.0\.reportId/],
    [
      'a clip edited in year 9999',
      () => backupWith({ clips: [makeClip('c', { updatedAt: '9999-12-31T00:00:00.000Z' })] }),
      /clips\.0\.updatedAt: .*future/,
    ],
    [
      'a clip made tomorrow',
      () => backupWith({ clips: [makeClip('c', { createdAt: new Date(Date.now() + 864e5).toISOString() })] }),
      /clips\.0\.createdAt: .*future/,
    ],
    [
      'a report saved in the future',
      () => backupWith({ reports: [makeReport('r', { savedAt: '3000-01-01' })] }),
      /reports\.0\.savedAt: .*future/,
    ],
    [
      'a date with text after it',
      () => backupWith({ clips: [makeClip('c', { createdAt: '2026-11-21<b>' })] }),
      /clips\.0\.createdAt: .*full ISO date/,
    ],
    [
      'a date that does not exist',
      () => backupWith({ clips: [makeClip('c', { due: '2026-02-30' })] }),
      /clips\.0\.due: .*full ISO date/,
    ],
  ];

  it.each(REFUSED)('leaves out %s (never stored), and changes nothing', async (_what, text) => {
    const store = await storeWithData();
    const before = await storedRowNames(store);
    const backup = readBackup(text());
    expect(backup.leftOut).toHaveLength(1);
    expect([...backup.reports, ...backup.clips]).toEqual([]);
    await importBackup(store, backup);
    expect(await storedRowNames(store)).toEqual(before);
    await everyRowBackedUp(store);
  });

  it('accepts web addresses, the viewer’s local-file identities, and a follow-up date ahead', async () => {
    const store = await storeWithData();
    const urls = [
      'https://example.gov.uk/a.pdf',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/viewer.html',
      'file:Dudley 2018.pdf',
    ];
    const backup = readBackup(
      backupWith({ reports: [makeReport('r2', { urls })], clips: [makeClip('c2', { reportId: 'r2', due: '2031-01-01' })] }),
    );
    expect(await importBackup(store, backup)).toMatchObject({ reportsAdded: 1, clipsAdded: 1 });
    await everyRowBackedUp(store);
  });
});

describe('restore of duplicate ids inside one backup', () => {
  it('merges two versions of a clip by date, counted once', async () => {
    const store = await freshStore();
    const older = makeClip('c', { note: 'older', updatedAt: '2026-11-01' });
    const newer = makeClip('c', { note: 'newer', updatedAt: '2026-11-02T10:00:00.000Z' });
    const backup = readBackup(JSON.stringify({ ...(await exportBackup(store)), clips: [newer, older] }));
    expect(backup.clips).toEqual([newer]);
    expect(await importBackup(store, backup)).toMatchObject({ clipsAdded: 1, clipsUpdated: 0 });
    expect((await store.listClips()).rows.map((c) => c.note)).toEqual(['newer']);
    await everyRowBackedUp(store);
  });

  it('merges two copies of a report into one, joining their addresses (newest 50)', async () => {
    const store = await freshStore();
    const a = makeReport('r', { urls: ['https://a.gov.uk/1'], savedAt: '2026-11-01' });
    const b = makeReport('r', { urls: ['https://a.gov.uk/2'], savedAt: '2026-11-02' });
    const backup = readBackup(JSON.stringify({ ...(await exportBackup(store)), reports: [a, b] }));
    expect(await importBackup(store, backup)).toMatchObject({ reportsAdded: 1 });
    expect((await store.listReports()).rows.map((r) => r.urls)).toEqual([['https://a.gov.uk/1', 'https://a.gov.uk/2']]);
    await everyRowBackedUp(store);
  });
});

describe('rows that no longer parse', () => {
  it('are in every backup, raw, and a restore keeps them as they are and says so', async () => {
    const store = await storeWithData();
    await store.db.put('clips', { id: 'broken', reportId: 'x' } as never);
    const backup = await exportBackup(store);
    expect(backup.unreadable).toEqual([{ store: 'clips', key: 'broken', row: { id: 'broken', reportId: 'x' } }]);
    await everyRowBackedUp(store);

    const empty = await freshStore();
    const result = await importBackup(empty, readBackup(JSON.stringify(backup)));
    expect(result).toMatchObject({ reportsAdded: 1, clipsAdded: 1, unreadableKept: 1 });
    expect((await empty.listClips()).invalid).toBe(1);
    await everyRowBackedUp(empty);
    // Restoring again changes nothing: the row is there already.
    expect(await importBackup(empty, readBackup(JSON.stringify(backup)))).toMatchObject({
      unreadableKept: 0,
      unreadableSkipped: 1,
    });
  });

  it('repairs a report with more than 50 addresses on restore instead of keeping it unread', async () => {
    const store = await freshStore();
    const urls = Array.from({ length: 51 }, (_, i) => `https://example.gov.uk/${i}`);
    const backup = {
      ...(await exportBackup(store)),
      unreadable: [{ store: 'reports', key: 'r', row: makeReport('r', { urls }) }],
    };
    expect(await importBackup(store, readBackup(JSON.stringify(backup)))).toMatchObject({ reportsAdded: 1, unreadableKept: 0 });
    expect((await store.listReports()).rows[0]!.urls).toEqual(urls.slice(1));
  });

  it('leaves out an unread row that would parse but breaks the restore rules', () => {
    const row = makeReport('r', { urls: ['javascript:alert(1)'] });
    const text = JSON.stringify({
      format: 'inspection-lens-backup',
      version: 2,
      exportedAt: '2026-11-21',
      reports: [],
      clips: [],
      drafts: [],
      unreadable: [{ store: 'reports', key: 'r', row }],
    });
    const backup = readBackup(text);
    expect([backup.reports, backup.leftOut]).toEqual([
      [],
      [{ list: 'reports', name: '“Dudley 2022”', reason: 'urls.1: not a web address (http or https) or a local file' }],
    ]);
  });
});

describe('object stores a backup does not know by kind', () => {
  it('are backed up raw and restored raw, so a store added by a later upgrade is never left out', async () => {
    const store = await freshStore();
    store.db.close();
    const withLinks = async () =>
      new LensStore(
        (await openDB(DB_NAME, DB_VERSION + 1, {
          upgrade: (db, old) => void (old <= DB_VERSION && db.createObjectStore('links', { keyPath: 'id' })),
        })) as never,
      );
    const first = await withLinks();
    await first.db.put('links' as never, { id: 'pair-1', decision: 'same' } as never);
    const backup = await exportBackup(first);
    expect(backup.unreadable).toEqual([{ store: 'links', key: 'pair-1', row: { id: 'pair-1', decision: 'same' } }]);
    await everyRowBackedUp(first);
    await first.clearAll();
    await first.db.clear('links' as never);
    expect(await importBackup(first, readBackup(JSON.stringify(backup)))).toMatchObject({ unreadableKept: 1 });
    expect(await first.db.get('links' as never, 'pair-1')).toEqual({ id: 'pair-1', decision: 'same' });
  });
});
