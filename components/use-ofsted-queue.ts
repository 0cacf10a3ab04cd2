// The Ofsted fetch queue as the background keeps it in storage.local, read again on every change.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { QUEUE_KEY } from '../lib/messages/ofsted-contracts';
import { AnyReply } from '../lib/messages/contracts';
import { sendToBackground } from '../lib/messages/messaging';
import { progressOf, type QueueState } from '../lib/ofsted/queue';

export function useOfstedQueue(): QueueState | null {
  const [state, setState] = useState<QueueState | null>(null);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(QUEUE_KEY).then((got) => {
      const stored = (got[QUEUE_KEY] as QueueState) ?? null;
      if (live) setState(stored);
      // A queue left unfinished by a stopped background: any message wakes it, and it carries on.
      if (stored && progressOf(stored).running)
        void sendToBackground({ type: 'ofsted/saved', fileUrls: [] }, AnyReply).catch(() => {});
    });
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && QUEUE_KEY in changes) setState((changes[QUEUE_KEY]!.newValue as QueueState) ?? null);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);
  return state;
}
