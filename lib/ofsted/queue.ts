// The fetch queue's state: which Ofsted files are waiting, being read, saved, skipped or failed.
// Pure: the background keeps it in storage and moves it on with these functions, so a restart
// of the browser or the service worker carries on from the stored state.
import type { PublicationKind } from './publications';
import { ukDate } from '../model/uk-date';

export type ItemStatus = 'waiting' | 'fetching' | 'saved' | 'skipped' | 'failed' | 'cancelled';

export interface QueueItem {
  fileUrl: string;
  kind: PublicationKind;
  date: string | null;
  authority: string;
  status: ItemStatus;
  /** one line for the user: what was saved, or why not */
  message: string;
}

export interface QueueState {
  items: QueueItem[];
  /** when the last request went out (ms since the epoch), for pacing across restarts */
  lastRequestAt: number;
}

export const EMPTY_QUEUE: QueueState = { items: [], lastRequestAt: 0 };

/** The stored title of a report fetched from Ofsted: "Dudley: inspection, 9 March 2023 (Ofsted)",
 * the publication date as councillors read it (the queue keeps it ISO). */
export const queueItemTitle = (item: Pick<QueueItem, 'authority' | 'kind' | 'date'>): string =>
  `${item.authority}: ${item.kind}${item.date ? `, ${ukDate(item.date)}` : ''} (Ofsted)`;

const OPEN: ReadonlySet<ItemStatus> = new Set(['waiting', 'fetching']);
export const isOpen = (item: QueueItem) => OPEN.has(item.status);

/**
 * Adds files to the queue. Finished items of an earlier, completed run are dropped first; a file
 * already in the queue is not added twice.
 */
export function enqueue(state: QueueState, add: Array<Omit<QueueItem, 'status' | 'message'>>): QueueState {
  const kept = state.items.some(isOpen) ? state.items : [];
  const known = new Set(kept.filter(isOpen).map((i) => i.fileUrl));
  const fresh: QueueItem[] = [];
  for (const a of add) {
    if (known.has(a.fileUrl)) continue;
    known.add(a.fileUrl);
    fresh.push({ ...a, status: 'waiting', message: 'waiting' });
  }
  const again = new Set(fresh.map((f) => f.fileUrl));
  return { ...state, items: [...kept.filter((i) => !again.has(i.fileUrl)), ...fresh] };
}

/** After a restart nothing is being read: items left "fetching" go back to waiting, in place. */
export function resumeState(state: QueueState): QueueState {
  return {
    ...state,
    items: state.items.map((i) => (i.status === 'fetching' ? { ...i, status: 'waiting', message: 'waiting (resumed)' } : i)),
  };
}

/** The next file to read, or null when nothing waits. */
export const nextItem = (state: QueueState): QueueItem | null => state.items.find(isOpen) ?? null;

/** Sets one item's status and message. */
export function settle(state: QueueState, fileUrl: string, status: ItemStatus, message: string): QueueState {
  return { ...state, items: state.items.map((i) => (i.fileUrl === fileUrl ? { ...i, status, message } : i)) };
}

/**
 * Cancels everything not yet finished. While a runner is reading a file (`reading` true), that file
 * stays open until the runner settles it: cancelled if its download was cut short, saved if it
 * was already being stored, so "3 of 3" is only shown once the outcome is true.
 */
export function cancelAll(state: QueueState, reading = false): QueueState {
  const cancel = (i: QueueItem): QueueItem =>
    reading && i.status === 'fetching' ? { ...i, message: 'cancelling…' } : { ...i, status: 'cancelled', message: 'cancelled' };
  return { ...state, items: state.items.map((i) => (isOpen(i) ? cancel(i) : i)) };
}

/** Progress for "3 of 9": finished items of this run out of all of them. */
export function progressOf(state: QueueState): { done: number; total: number; running: boolean } {
  const total = state.items.length;
  const done = state.items.filter((i) => !isOpen(i)).length;
  return { done, total, running: done < total };
}

/** Milliseconds to wait before the next request so that requests are at least `pacingMs` apart. */
export const waitBeforeNext = (state: QueueState, now: number, pacingMs: number) =>
  Math.max(0, Math.min(pacingMs, state.lastRequestAt + pacingMs - now));

/** Back-off before retry `attempt` (1-based): base, 2×base, 4×base…, capped at a minute. */
export const backoffDelay = (attempt: number, baseMs: number) => Math.min(60_000, baseMs * 2 ** Math.max(0, attempt - 1));
