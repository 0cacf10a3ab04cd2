import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, readBackup } from '../../../lib/storage/backup';
import { deleteLinkDecision, listLinkDecisions, saveLinkDecision } from '../../../lib/storage/link-decisions';
import type { LinkDecision } from '../../../lib/storage/schemas';
import { freshStore, makeClip, makeReport } from './fixtures';

const FROM = 'Ensure that return home interviews are offered to every child who goes missing.';
const TO = 'Return home interviews for children who go missing from home or care.';

export function makeDecision(over: Partial<LinkDecision> = {}): LinkDecision {
  return {
    id: '332:0123456789abcdef>fedcba9876543210',
    authority: '332',
    from: { reportId: 'dudley-2016', inspection: '11 January to 4 February 2016', quote: FROM },
    to: { reportId: 'dudley-2018', inspection: '8 to 19 October 2018', quote: TO },
    decision: 'confirmed',
    decidedAt: '2026-11-29T20:00:00.000Z',
    ...over,
  };
}

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
    expect(JSON.parse(backup).version).toBe(2);
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
    expect(await importBackup(store, readBackup(JSON.stringify(v1)))).toEqual({
      reportsAdded: 1,
      clipsAdded: 1,
      clipsUpdated: 0,
      decisionsRestored: 0,
    });
  });

  it('removes one report and keeps the others and the clips', async () => {
    const store = await freshStore();
    await store.saveReport(makeReport('a'));
    await store.saveReport(makeReport('b'));
    await store.saveClip(makeClip('c1', { reportId: 'a' }));
    await store.deleteReport('a');
    expect((await store.listReports()).rows.map((r) => r.id)).toEqual(['b']);
    expect((await store.listClips()).rows).toHaveLength(1);
  });
});
