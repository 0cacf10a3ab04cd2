// After every write, every open panel, viewer and briefing reads again: one broadcast channel
// shared by all extension pages and the background, in every window.
const CHANNEL = 'inspection-lens-store';

interface StoreChanged {
  type: 'store/changed';
  /** the page that wrote, when it reads again by itself (see onStoreChange's `self`) */
  from?: string;
}

/** Tells every other extension context that the store changed; `from` names the writing page. */
export function announceStoreChange(from?: string): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'store/changed', from } satisfies StoreChanged);
  channel.close();
}

/** Calls `onChange` whenever another context writes; returns a function that stops listening.
 * `self`: announcements made with this name are not heard (that page reads again after its own
 * write; hearing it too read 10,000 clips twice over, side by side, after a restore). */
export function onStoreChange(onChange: () => void, self?: string): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const data = event.data as Partial<StoreChanged> | null;
    if (data?.type === 'store/changed' && (self === undefined || data.from !== self)) onChange();
  };
  return () => channel.close();
}
