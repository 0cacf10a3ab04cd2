import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { isTooUnusual, recordOutcome, setUpDetectOutcomes } from '../../../entrypoints/background/detect-outcomes';

const top = (tabId: number, url: string) => ({ tab: { id: tabId } as never, frameId: 0, url });

beforeEach(() => fakeBrowser.reset());

describe('which tab’s page was over the detection time budget', () => {
  it('remembers a top-level page over the budget, for its tab, until it is read again', async () => {
    await recordOutcome(top(4, 'https://council.gov.uk/paper'), false);
    expect(await isTooUnusual(4)).toBe(true);
    expect(await isTooUnusual(5)).toBe(false);
    await recordOutcome(top(4, 'https://council.gov.uk/paper'), true);
    expect(await isTooUnusual(4)).toBe(false);
  });

  it('ignores a frame inside the page, and messages from no tab', async () => {
    await recordOutcome({ tab: { id: 4 } as never, frameId: 3, url: 'https://council.gov.uk/frame' }, false);
    await recordOutcome({ url: 'chrome-extension://x/sidepanel.html' }, false);
    expect(await isTooUnusual(4)).toBe(false);
  });

  it('forgets it when the tab loads another page or closes', async () => {
    setUpDetectOutcomes();
    await recordOutcome(top(4, 'https://council.gov.uk/paper'), false);
    await recordOutcome(top(6, 'https://council.gov.uk/other'), false);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, { id: 4 } as never);
    await fakeBrowser.tabs.onRemoved.trigger(6, { windowId: 1, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([await isTooUnusual(4), await isTooUnusual(6)]).toEqual([false, false]);
  });
});

describe('an outcome for an address the tab has left', () => {
  it('does not count for the page now shown', async () => {
    await recordOutcome(top(4, 'https://council.gov.uk/paper#part-2'), false);
    expect(await isTooUnusual(4, 'https://council.gov.uk/paper')).toBe(true);
    expect(await isTooUnusual(4, 'https://example.org/elsewhere')).toBe(false);
  });
});
