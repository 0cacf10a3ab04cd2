// Which panel typed a draft. Drafts are stored by clip, and every panel (one per window or tab) reads
// the same store: without an owner, a panel reloaded after its own save would start from another
// open panel's unsaved typing as if it were its own. A draft names the panel that typed it; a panel
// starts from its own drafts and from those whose panel is no longer open (closed, or lost in a
// crash), so closing a panel still loses nothing.
import type { ClipDraft } from '../../lib/model/store-schemas';

const SESSION_KEY = 'inspection-lens-editor';
const CHANNEL = 'inspection-lens-editors';
/** How long a panel waits for another open panel to say a draft is its own, in milliseconds. */
const ASK_MS = 300;

/** This panel's editor id: kept in sessionStorage, so a reload of the same window or tab keeps it
 * and no other window or tab shares it. */
export function editorId(): string {
  let id = sessionStorage.getItem(SESSION_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(SESSION_KEY, id);
  }
  return id;
}

/** Answers other panels that ask whether editor `me` is open. Returns the function that stops it. */
export function answerAsEditor(me: string): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<{ ask?: string }>) => {
    if (event.data?.ask === me) channel.postMessage({ open: me });
  };
  return () => channel.close();
}

/** The editors among `ids` that are open in another panel now (each answers within ASK_MS). */
function openEditors(ids: string[]): Promise<Set<string>> {
  if (!ids.length) return Promise.resolve(new Set());
  const channel = new BroadcastChannel(CHANNEL);
  const open = new Set<string>();
  channel.onmessage = (event: MessageEvent<{ open?: string }>) => {
    if (event.data?.open && ids.includes(event.data.open)) open.add(event.data.open);
  };
  for (const id of ids) channel.postMessage({ ask: id });
  return new Promise((resolve) =>
    setTimeout(() => {
      channel.close();
      resolve(open);
    }, ASK_MS),
  );
}

/** The drafts editor `me` starts from, by clip id: its own, those of no panel still open, and
 * those kept before drafts named their editor. Another open panel's draft stays that panel's. */
export async function ownDrafts(drafts: ReadonlyMap<string, ClipDraft>, me: string): Promise<Map<string, ClipDraft>> {
  const others = [...new Set([...drafts.values()].flatMap((d) => (d.editor && d.editor !== me ? [d.editor] : [])))];
  const open = await openEditors(others);
  return new Map([...drafts].filter(([, d]) => !d.editor || !open.has(d.editor)));
}
