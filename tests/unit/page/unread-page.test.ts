// A page whose text is over the message limit is never sent to detection, and the page, its card
// and the side panel say it was too large to read, never that it holds no report.
import { describe, expect, it, vi } from 'vitest';
import { MAX_PAGE_TEXT, TOO_LARGE, TOO_UNUSUAL } from '../../../lib/messages/contracts';
import { noticeOf, sizeChecked, unreadOf } from '../../../lib/page/unread-page';

const findings = { document: null, judgements: [], recommendations: [] } as never;

describe('a page too large to read', () => {
  it('is refused before it is sent, with the size message', async () => {
    const detect = vi.fn(async () => findings);
    const checked = sizeChecked(detect);
    await expect(checked('x'.repeat(MAX_PAGE_TEXT + 1))).rejects.toThrow(TOO_LARGE);
    expect(detect).not.toHaveBeenCalled();
  });

  it('sends a page at the limit as before', async () => {
    const detect = vi.fn(async () => findings);
    await expect(sizeChecked(detect)('Overall effectiveness: good')).resolves.toBe(findings);
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('names how each reading ended, and what the panel says for it', () => {
    expect(unreadOf(new Error(TOO_LARGE))).toBe('too-large');
    expect(unreadOf(new Error(TOO_UNUSUAL))).toBe('too-unusual');
    expect(unreadOf(new Error('the reader stopped'))).toBe('failed');
    expect(noticeOf('too-large')).toBe(TOO_LARGE);
    expect(noticeOf('painted')).toBeNull();
    expect(TOO_LARGE).toMatch(/too large/);
    expect(TOO_LARGE).not.toMatch(/not a report/);
  });
});
