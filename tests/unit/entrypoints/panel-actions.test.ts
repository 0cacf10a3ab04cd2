import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeBackup, describeRestore, openClipSource } from '../../../entrypoints/sidepanel/panel-actions';
import { makeClip, makeReport } from '../storage/fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('opening a clip’s source', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:/etc/passwd'])(
    'never opens %j',
    async (url) => {
      const create = vi.spyOn(fakeBrowser.tabs, 'create');
      await openClipSource(makeClip(), makeReport('r', { fingerprint: null, urls: [url] }));
      await openClipSource(makeClip(), makeReport('r', { urls: [url] }));
      expect(create).not.toHaveBeenCalled();
    },
  );
  it('asks for a file from this computer again in the viewer, never opening a file address', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const clip = makeClip();
    await openClipSource(clip, makeReport('r', { urls: ['file:Dudley report.pdf'] }));
    const opened = new URL(create.mock.calls[0]![0].url!);
    expect(opened.pathname).toBe('/viewer.html');
    expect([opened.searchParams.get('local'), opened.searchParams.get('clip')]).toEqual(['Dudley report.pdf', clip.id]);
  });
  it('opens a web page at the clip', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await openClipSource(makeClip(), makeReport('r', { fingerprint: null, urls: ['https://example.gov.uk/report'] }));
    expect(create.mock.calls[0]![0].url).toMatch(/^https:\/\/example\.gov\.uk\/report#:~:text=/);
  });
});

describe('what a restore did, in words', () => {
  const none = {
    reportsAdded: 1,
    clipsAdded: 2,
    clipsUpdated: 0,
    draftsAdded: 0,
    decisionsRestored: 0,
    unreadableKept: 0,
    unreadableSkipped: 0,
    clipsWithoutReport: 0,
  };
  it('says which restored clips have no report to open', () => {
    expect(describeRestore({ ...none, clipsWithoutReport: 1 })).toBe(
      'Restored: 1 report and 2 clips added, 0 clips updated. 1 clip has no saved report (it is in neither the backup nor Inspection Lens): My clips shows its quote and note, and opens its page only when it came from a web page.',
    );
  });
  it('keeps the plain sentence when every row was read', () => {
    expect(describeRestore(none)).toBe('Restored: 1 report and 2 clips added, 0 clips updated.');
  });
  it('names the rows left out of the restore in words, after the count, and says what is kept', () => {
    const leftOut = [{ list: 'reports' as const, name: '“Calderdale 2018 inspection”' }];
    expect(describeRestore(none, leftOut)).toBe(
      'Restored: 1 report and 2 clips added, 0 clips updated. 1 report could not be read and was left out: “Calderdale 2018 inspection”. Everything already saved here is kept.',
    );
  });
  it('counts the link decisions it restored', () => {
    expect(describeRestore({ ...none, decisionsRestored: 3 })).toMatch(/ 3 link decisions restored\.$/);
  });
  it('says what happened to rows that could not be read', () => {
    const text = describeRestore({ ...none, unreadableKept: 2, unreadableSkipped: 1 });
    expect(text).toMatch(/2 rows in the backup could not be read; they were stored as they are.*stay in every backup/);
    expect(text).toMatch(/1 unreadable rows in the backup were not restored/);
  });
});

describe('what a backup did, in words', () => {
  it('says the file is downloading, its name, and what it holds', () => {
    expect(
      describeBackup('inspection-lens-backup-2026-11-21.json', { reports: [makeReport()], clips: [makeClip(), makeClip('b')] }),
    ).toBe(
      'Backup started: inspection-lens-backup-2026-11-21.json (1 report and 2 clips) is downloading. Your browser shows it with your downloads.',
    );
  });
});
