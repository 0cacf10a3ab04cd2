import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { clipSelection, clipsForPage } from '../../../entrypoints/background/clips';
import { makeAnchor } from '../../../lib/model/anchor';
import { detectReport } from '../../../lib/detect/detect-report';
import { REPORT_TEXT } from '../storage/fixtures';

describe('clipping a selection from the menu or Alt+Shift+C', () => {
  it('saves the page’s report if it is new, then the clip, and gives it back for painting', async () => {
    const start = REPORT_TEXT.indexOf('The quality of assessments');
    const anchor = makeAnchor(REPORT_TEXT, start, start + 40);
    const page = {
      reportId: 'https://example.gov.uk/report',
      fingerprint: null,
      url: 'https://example.gov.uk/report#top',
      title: 'Dudley report',
      findings: detectReport(REPORT_TEXT),
      located: [],
      recommendationAnchors: [],
      missingClips: [],
    };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: string }) => ({
      ok: true,
      value: message.type === 'selection/get' ? { anchor, reportId: page.reportId } : page,
    })) as never);
    await clipSelection({ id: 3 } as never);
    const { clips } = await clipsForPage(page.reportId);
    expect(clips).toHaveLength(1);
    expect(clips[0]!.anchor.quote).toBe(anchor.quote);
  });

  it('does nothing when nothing is selected', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { anchor: null, reportId: 'x' } } as never);
    await clipSelection({ id: 3 } as never);
    expect((await clipsForPage('x')).clips).toEqual([]);
  });
});
