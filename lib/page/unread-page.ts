// How a web page's reading ended without findings, as the page marks it (data-inspection-lens) and
// the side panel says it: over the detection time budget ("too unusual"), over the message limit
// ("too large", never sent), or failed. A page that was not read is never called "not a report".
import type { Findings } from '../model/findings';
import { MAX_PAGE_TEXT, TOO_LARGE, TOO_UNUSUAL } from '../messages/contracts';

/** The page's mark when its reading ended without findings. */
export type Unread = 'too-unusual' | 'too-large' | 'failed';

/** `detect`, refusing a text over MAX_PAGE_TEXT characters with Error(TOO_LARGE) before sending
 * it: the background would refuse it anyway (the contract caps page text), after copying it twice. */
export function sizeChecked(detect: (text: string) => Promise<Findings>): (text: string) => Promise<Findings> {
  return (text) => (text.length > MAX_PAGE_TEXT ? Promise.reject(new Error(TOO_LARGE)) : detect(text));
}

/** The mark for a reading that ended with `error`. */
export function unreadOf(error: unknown): Unread {
  const message = error instanceof Error ? error.message : '';
  return message === TOO_UNUSUAL ? 'too-unusual' : message === TOO_LARGE ? 'too-large' : 'failed';
}

/** What the page says on its card for `unread` (null: nothing, a failure is only logged). */
export const announcementOf = (unread: Unread): string | null =>
  unread === 'too-unusual' ? TOO_UNUSUAL : unread === 'too-large' ? TOO_LARGE : null;

/** Why the side panel shows no findings, for the page side's `notice`, by the page's mark: the size
 * message for a page too large to read; null otherwise ("too unusual" the background records). */
export const noticeOf = (mark: string | null): string | null => (mark === 'too-large' ? TOO_LARGE : null);
