import { describe, expect, it } from 'vitest';
import { loadAuthorityBriefing } from '../../../entrypoints/briefing/load-authority';
import { freshStore, makeClip, makeReport } from '../storage/fixtures';

describe('loadAuthorityBriefing', () => {
  it('keeps the clips made on either copy of a report saved as its PDF and its web page', async () => {
    const store = await freshStore();
    const pdf = makeReport('fingerprint-1');
    const page = makeReport('https://reports.example/dudley-2022', { urls: ['https://reports.example/dudley-2022'] });
    await store.saveReport(pdf);
    await store.saveReport(page);
    await store.addClip(makeClip('on-pdf', { reportId: pdf.id }));
    await store.addClip(makeClip('on-page', { reportId: page.id }));
    const briefing = await loadAuthorityBriefing(store, '332');
    if (typeof briefing === 'string') throw new Error(briefing);
    expect(briefing.sources).toHaveLength(1);
    expect(briefing.clips.map((c) => c.id).sort()).toEqual(['on-page', 'on-pdf']);
  });
});
