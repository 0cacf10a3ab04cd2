// The messaging layer on WXT's fake browser: every message and reply is parsed, and a tab with
// nothing answering is said in words.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRequest } from '../../../lib/messages/contract-table';
import { PAGE_SIDE } from '../../../lib/messages/contracts';
import { askPageSide, servePageSide } from '../../../lib/messages/messaging';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const handlers = () => ({
  'lens/activate': vi.fn(() => ({ judgements: 0, recommendations: 0 })),
  'page/report': vi.fn(() => null),
  'highlight/focus': vi.fn(),
  'highlight/step': vi.fn(),
  'clips/show': vi.fn(() => ({ missing: [] })),
  'clips/focus': vi.fn(),
  'selection/get': vi.fn(() => ({ anchor: null, reportId: 'r' })),
  'clip/saved': vi.fn(),
});

describe('the page side’s contract table', () => {
  it('parses a request, keeping its tab id and dropping fields outside the contract', () => {
    expect(parseRequest(PAGE_SIDE, { type: 'highlight/focus', position: 2, tabId: 7, extra: 'x' })).toEqual({
      type: 'highlight/focus',
      position: 2,
      tabId: 7,
    });
  });
  it.each([null, 'page/report', { type: 'nope' }, { type: 'highlight/focus', position: -1 }, { type: 'clips/show' }])(
    'refuses a malformed message %j',
    (message) => expect(parseRequest(PAGE_SIDE, message)).toBeNull(),
  );
});

describe('the page side over runtime messaging (the viewer, which answers for its own tab)', () => {
  const viewerTab = () => ({ id: 5, url: `${fakeBrowser.runtime.getURL('/')}viewer.html?file=x` });

  it('answers a well-formed request for its tab with the handler’s checked reply', async () => {
    const h = handlers();
    servePageSide(h, () => 5);
    expect(await askPageSide(viewerTab(), 'selection/get', {})).toEqual({ anchor: null, reportId: 'r' });
    expect(h['selection/get']).toHaveBeenCalledOnce();
  });

  it('never runs a handler for a malformed message, nor for another tab', async () => {
    const h = handlers();
    servePageSide(h, () => 5);
    await fakeBrowser.runtime.sendMessage({ type: 'highlight/focus', position: 'two', tabId: 5 }).catch(() => null);
    await expect(askPageSide({ ...viewerTab(), id: 6 }, 'highlight/focus', { position: 1 })).rejects.toThrow(
      'Inspection Lens is not running in this tab.',
    );
    expect(h['highlight/focus']).not.toHaveBeenCalled();
  });

  it('refuses a reply that does not match its contract', async () => {
    const h = { ...handlers(), 'selection/get': vi.fn(() => ({ anchor: 'not an anchor', reportId: 3 })) };
    servePageSide(h as never, () => 5);
    await expect(askPageSide(viewerTab(), 'selection/get', {})).rejects.toThrow('does not match its contract');
  });

  it('says so when nothing listens in the tab', async () => {
    await expect(askPageSide(viewerTab(), 'page/report', {})).rejects.toThrow('Inspection Lens is not running in this tab.');
    await expect(askPageSide({ id: 9, url: 'https://example.gov.uk/' }, 'page/report', {})).rejects.toThrow(
      'Inspection Lens is not running in this tab.',
    );
  });
});
