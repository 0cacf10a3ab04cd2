// The checked backup crosses from the worker to the panel in parts, and arrives whole and in order.
import { describe, expect, it } from 'vitest';
import { exportBackup, readBackup } from '../../../lib/storage/backup';
import { backupJoiner, splitBackup } from '../../../lib/storage/backup-parts';
import { freshStore, makeClip, makeDecision, makeReport } from './fixtures';
import { saveLinkDecision } from '../../../lib/storage/link-decisions';

describe('a backup in parts', () => {
  it('joins to exactly the backup split, in order, and only when the last part arrives', async () => {
    const store = await freshStore();
    for (let i = 0; i < 120; i++) await store.saveReport(makeReport(`fingerprint-${i}`));
    for (let i = 0; i < 1200; i++) await store.addClip(makeClip(`clip-${String(i).padStart(4, '0')}`));
    await saveLinkDecision(store, makeDecision());
    const backup = readBackup(JSON.stringify(await exportBackup(store)));
    const parts = splitBackup(backup);
    expect(parts.map((p) => p.list)).toEqual([...Array(3).fill('reports'), ...Array(3).fill('clips'), 'rest']);
    const joiner = backupJoiner();
    const joined = parts.map((p) => joiner.add(p));
    expect(joined.slice(0, -1).every((b) => b === null)).toBe(true);
    expect(joined.at(-1)).toEqual(backup);
  });

  it('sends an empty backup as its one last part', () => {
    const empty = readBackup(
      JSON.stringify({ format: 'inspection-lens-backup', version: 1, exportedAt: '2026-11-01', reports: [], clips: [] }),
    );
    const parts = splitBackup(empty);
    expect(parts).toHaveLength(1);
    expect(backupJoiner().add(parts[0]!)).toEqual(empty);
  });
});
