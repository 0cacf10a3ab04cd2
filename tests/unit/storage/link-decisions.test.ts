import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, readBackup } from '../../../lib/storage/backup';
import { deleteLinkDecision, listLinkDecisions, saveLinkDecision } from '../../../lib/storage/link-decisions';
import { freshStore, makeClip, makeDecision, makeReport } from './fixtures';

describe('link decisions', () => {
  it('stores, replaces and forgets a decision', async () => {
    const store = await freshStore();
    await saveLinkDecision(store, makeDecision());
    await saveLinkDecision(store, makeDecision({ decision: 'rejected' }));
    expect((await listLinkDecisions(store)).rows.map((d) => d.decision)).toEqual(['rejected']);
    await deleteLinkDecision(store, makeDecision().id);
    expect((await listLinkDecisions(store)).rows).toEqual([]);
  });

  it('refuses a decision that breaks its schema', async () => {
    const store = await freshStore();
    await expect(saveLinkDecision(store, makeDecision({ decision: 'maybe' as never }))).rejects.toThrow();
  });

  it('survives a backup and restore, the later decision winning', async () => {
    const store = await freshStore();
    await saveLinkDecision(store, makeDecision());
    const backup = JSON.stringify(await exportBackup(store));
    expect(JSON.parse(backup).version).toBe(3);
    const empty = await freshStore();
    expect((await importBackup(empty, readBackup(backup))).decisionsRestored).toBe(1);
    expect((await listLinkDecisions(empty)).rows).toEqual([makeDecision()]);
    await saveLinkDecision(empty, makeDecision({ decision: 'rejected', decidedAt: '2026-11-30T09:00:00.000Z' }));
    await importBackup(empty, readBackup(backup));
    expect((await listLinkDecisions(empty)).rows[0]!.decision).toBe('rejected');
  });

  it('still restores a version 1 backup, which has no decisions', async () => {
    const v1 = {
      format: 'inspection-lens-backup',
      version: 1,
      exportedAt: '2026-11-21',
      reports: [makeReport()],
      clips: [makeClip()],
    };
    const store = await freshStore();
    expect(await importBackup(store, readBackup(JSON.stringify(v1)))).toMatchObject({
      reportsAdded: 1,
      clipsAdded: 1,
      clipsUpdated: 0,
      draftsAdded: 0,
      decisionsRestored: 0,
      unreadableKept: 0,
    });
  });

  it('removes one report and keeps the others and the clips', async () => {
    const store = await freshStore();
    await store.saveReport(makeReport('a'));
    await store.saveReport(makeReport('b'));
    await store.addClip(makeClip('c1', { reportId: 'a' }));
    await store.deleteReport('a');
    expect((await store.listReports()).rows.map((r) => r.id)).toEqual(['b']);
    expect((await store.listClips()).rows).toHaveLength(1);
  });
});

describe('backup format 3: reports, clips, drafts, link decisions and unreadable rows', () => {
  const draft = {
    clipId: 'clip-1',
    note: 'half typed',
    tags: 'placements',
    status: 'to raise' as const,
    due: '',
    baseUpdatedAt: '2026-11-21',
    savedAt: '2026-11-22',
  };
  const head = {
    format: 'inspection-lens-backup',
    version: 2,
    exportedAt: '2026-11-21',
    reports: [makeReport()],
    clips: [makeClip()],
  };

  it('holds every kind, a damaged decision raw, and restores all of it', async () => {
    const store = await freshStore();
    await store.saveReport(makeReport());
    await store.addClip(makeClip());
    await store.db.put('drafts', draft);
    await saveLinkDecision(store, makeDecision());
    await store.db.put('linkDecisions', { id: 'broken', decision: 'maybe' } as never);
    const backup = await exportBackup(store);
    expect(backup.version).toBe(3);
    expect([backup.reports.length, backup.clips.length, backup.drafts.length]).toEqual([1, 1, 1]);
    expect(backup.linkDecisions).toEqual([makeDecision()]);
    expect(backup.unreadable).toEqual([{ store: 'linkDecisions', key: 'broken', row: { id: 'broken', decision: 'maybe' } }]);
    const empty = await freshStore();
    expect(await importBackup(empty, readBackup(JSON.stringify(backup)))).toMatchObject({
      reportsAdded: 1,
      clipsAdded: 1,
      draftsAdded: 1,
      decisionsRestored: 1,
      unreadableKept: 1,
    });
    expect(await listLinkDecisions(empty)).toEqual({ rows: [makeDecision()], invalid: 1 });
  });

  it('reads both shapes of version 2: with link decisions, and with drafts and unreadable rows', async () => {
    const withDecisions = readBackup(JSON.stringify({ ...head, linkDecisions: [makeDecision()] }));
    expect([withDecisions.linkDecisions.length, withDecisions.drafts.length, withDecisions.unreadable.length]).toEqual([1, 0, 0]);
    const unread = { store: 'clips', key: 'x', row: { id: 'x' } };
    const withDrafts = readBackup(JSON.stringify({ ...head, drafts: [draft], unreadable: [unread] }));
    expect([withDrafts.linkDecisions.length, withDrafts.drafts.length, withDrafts.unreadable]).toEqual([0, 1, [unread]]);
    const store = await freshStore();
    expect(await importBackup(store, withDrafts)).toMatchObject({ draftsAdded: 1, decisionsRestored: 0, unreadableKept: 1 });
    expect(await importBackup(store, withDecisions)).toMatchObject({ clipsAdded: 0, decisionsRestored: 1 });
  });

  it('leaves out a decision dated in the future or naming a report id the extension never makes', () => {
    const future = makeDecision({ decidedAt: '3000-01-01T00:00:00.000Z' });
    const script = makeDecision({ from: { ...makeDecision().from, reportId: 'javascript:alert(1)' } });
    const backup = readBackup(JSON.stringify({ ...head, linkDecisions: [future, script] }));
    expect(backup.linkDecisions).toEqual([]);
    expect(backup.leftOut.map((r) => r.name)).toEqual(['link decision 1 in the file', 'link decision 2 in the file']);
  });

  it('keeps the latest of one decision repeated in a backup', () => {
    const later = makeDecision({ decision: 'rejected', decidedAt: '2026-11-29T21:00:00.000Z' });
    const backup = readBackup(JSON.stringify({ ...head, version: 3, linkDecisions: [later, makeDecision()] }));
    expect(backup.linkDecisions).toEqual([later]);
  });

  it('deletes decisions and drafts with everything else', async () => {
    const store = await freshStore();
    await store.db.put('drafts', draft);
    await saveLinkDecision(store, makeDecision());
    await store.clearAll();
    expect([await store.db.count('drafts'), await store.db.count('linkDecisions')]).toEqual([0, 0]);
  });
});
