import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { activateTab, sitePattern } from '../../../entrypoints/background/activation';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('toolbar activation', () => {
  it('asks a content script that is already there to scan', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, value: { judgements: 3, recommendations: 2 } } as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    await activateTab({ id: 7 } as never);
    expect(send).toHaveBeenCalledWith(7, { type: 'lens/activate' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects the built content script and its styles when there is none yet', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValue({ ok: true, value: { judgements: 0, recommendations: 0 } } as never);
    const css = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
    const js = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await activateTab({ id: 7 } as never);
    expect(css).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/inspection.css'] });
    expect(js).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/inspection.js'] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('says on the button when a page cannot be read', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    const title = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
    await activateTab({ id: 7 } as never);
    expect(badge).toHaveBeenCalledWith({ tabId: 7, text: '!' });
    expect(title.mock.calls[0]![0].title).toContain('Cannot access a chrome:// URL');
  });

  it('names the site of a web page, and no site for browser pages', () => {
    expect(sitePattern('https://democracy.example.org/ieListDocuments.aspx?CId=1')).toBe('https://democracy.example.org/*');
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern(undefined)).toBeNull();
  });
});
