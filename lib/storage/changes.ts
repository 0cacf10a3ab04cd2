// After every write, every open panel, viewer and briefing reads again: one broadcast channel
// shared by all extension pages and the background, in every window.
const CHANNEL = 'inspection-lens-store';

/** Tells every other extension context that the store changed. */
export function announceStoreChange(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'store/changed' });
  channel.close();
}

/** Calls `onChange` whenever another context writes; returns a function that stops listening. */
export function onStoreChange(onChange: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if ((event.data as { type?: string })?.type === 'store/changed') onChange();
  };
  return () => channel.close();
}
