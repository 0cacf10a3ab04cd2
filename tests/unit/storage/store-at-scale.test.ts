// The store and My clips' queries with thousands of clips: read in slices, counted without
// reading, searched in one pass over a list sorted once, and restored in chunks with progress.
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, readBackup } from '../../../lib/storage/backup';
import { filterClips, queryClips, sortClips, type ClipQuery } from '../../../lib/model/clip-query';
import { newestClips, reportsById } from '../../../lib/storage/first-clips';
import { listInPages, parseAll, parseInSlices } from '../../../lib/storage/parse-rows';
import { freshStore, makeClip, makeReport } from './fixtures';

const day = (i: number) => `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
// Each clip of its own span (a restore leaves out a second clip of a span already clipped).
const many = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    makeClip(`clip-${i}`, {
      anchor: { ...makeClip().anchor, start: i },
      createdAt: day(i),
      updatedAt: day(i),
      note: i % 7 === 0 ? `panel ${i}` : '',
      tags: [`t${i % 5}`],
    }),
  );
const all: ClipQuery = { text: '', authority: null, status: null, tag: null, sort: 'newest' };

describe('reading many rows', () => {
  it('reads in slices exactly what one pass reads, counting the rows that do not parse', async () => {
    const values: unknown[] = many(1234);
    values.splice(600, 0, { id: 'broken' }, 'not a row');
    expect(await parseInSlices('clips', values)).toEqual(parseAll('clips', values));
    expect((await parseInSlices('clips', values)).invalid).toBe(2);
  });

  it('reads a store page by page: every row once, in key order, counting the rows that do not parse', async () => {
    const store = await freshStore();
    for (const c of many(25)) await store.addClip(c);
    await store.db.put('clips', { id: 'clip-12x', note: 3 } as never);
    const whole = parseAll('clips', await store.db.getAll('clips'));
    for (const page of [1, 7, 26, 100]) expect(await listInPages(store.db, 'clips', page)).toEqual(whole);
    expect(whole).toMatchObject({ invalid: 1 });
    expect(whole.rows).toHaveLength(25);
  });

  it('counts the stored clip rows without reading them', async () => {
    const store = await freshStore();
    for (const c of many(3)) await store.addClip(c);
    expect(await store.countClips()).toBe(3);
  });
});

describe("My clips' first screen", () => {
  it('reads the newest clips by index in the order of "Newest first", skipping rows that do not parse', async () => {
    const store = await freshStore();
    const saved = await store.saveReport(makeReport());
    const list = many(90); // many share a day: ties are ordered by id, as the index orders them
    for (const c of list) await store.addClip(c);
    await store.db.put('clips', { id: 'damaged', createdAt: '2027-01-01' } as never);
    const ids = (clips: readonly { id: string }[]) => clips.map((c) => c.id);
    expect(ids(await newestClips(store, 24))).toEqual(ids(sortClips(list, 'newest').slice(0, 24)));
    expect(ids(await newestClips(store, 500))).toEqual(ids(sortClips(list, 'newest')));
    expect(await reportsById(store, ['fingerprint-1', 'missing', 'fingerprint-1'])).toEqual([saved]);
  });
});

describe('My clips queries', () => {
  const clips = many(2000);
  const reports = new Map([['fingerprint-1', makeReport()]]);
  it('filters a list sorted once, keeping its order, as the one-call query does', () => {
    const sorted = sortClips(clips, 'newest');
    for (const q of [all, { ...all, text: 'PANEL' }, { ...all, tag: 't3' }, { ...all, text: 'panel', tag: 't0' }]) {
      expect(filterClips(sorted, reports, q).map((r) => r.clip.id)).toEqual(queryClips(clips, reports, q).map((r) => r.clip.id));
    }
    const dates = sorted.map((c) => c.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('restoring a large backup', () => {
  it('writes in chunks, telling its progress, and lands every row', async () => {
    const source = await freshStore();
    await source.saveReport(makeReport());
    for (const c of many(1200)) await source.addClip(c);
    const backup = readBackup(JSON.stringify(await exportBackup(source)));
    const target = await freshStore();
    const heard: Array<[number, number]> = [];
    const result = await importBackup(target, backup, (done, total) => heard.push([done, total]));
    expect(result).toMatchObject({ reportsAdded: 1, clipsAdded: 1200 });
    // At most 500 rows a chunk (fewer when a chunk takes long to make), ending with every row.
    expect(heard.length).toBeGreaterThanOrEqual(3);
    heard.forEach(([done, total], i) => {
      expect(total).toBe(1201);
      expect(done - (heard[i - 1]?.[0] ?? 0)).toBeGreaterThan(0);
      expect(done - (heard[i - 1]?.[0] ?? 0)).toBeLessThanOrEqual(500);
    });
    expect(heard.at(-1)).toEqual([1201, 1201]);
    expect(await target.countClips()).toBe(1200);
  });

  it('still lands none of it when one write fails', async () => {
    const target = await freshStore();
    const backup = readBackup(JSON.stringify(await exportBackup(await freshStore())));
    const clips = many(700);
    // A clip whose value cannot be stored (a function cannot be cloned) fails the 2nd chunk.
    (clips[650] as unknown as { note: unknown }).note = () => 0;
    await expect(importBackup(target, { ...backup, clips })).rejects.toBeTruthy();
    expect(await target.countClips()).toBe(0);
  });
});
