// A small send / listen pair over runtime messaging. Every message and every reply is parsed with
// its zod schema on arrival; anything that does not parse is dropped and never reaches a handler.
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod/mini';

const Reply = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
type Sender = Browser.runtime.MessageSender;

/** Answers messages that parse as `schema` (and that `accept` takes); returns a function that stops listening. */
export function listen<T>(
  schema: z.ZodMiniType<T>,
  handle: (message: T, sender: Sender) => unknown,
  accept: (message: T) => boolean = () => true,
): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
    const parsed = schema.safeParse(message);
    if (!parsed.success || !accept(parsed.data)) return false;
    Promise.resolve()
      .then(() => handle(parsed.data, sender))
      .then(
        (value) => sendResponse({ ok: true, value: value ?? null }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true; // the reply is sent asynchronously
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Reads a reply and checks it against `result`; a handler's error becomes a thrown Error. */
export function readReply<R>(reply: unknown, result: z.ZodMiniType<R>): R {
  const parsed = Reply.safeParse(reply);
  if (!parsed.success) throw new Error('Inspection Lens: no valid reply from the extension');
  if (!parsed.data.ok) throw new Error(parsed.data.error);
  return result.parse(parsed.data.value);
}

/** Sends a message to the background and returns its checked reply. */
export async function sendToBackground<R>(message: unknown, result: z.ZodMiniType<R>): Promise<R> {
  return readReply(await browser.runtime.sendMessage(message), result);
}

/** Sends a message to a tab's content script and returns its checked reply. */
export async function sendToTab<R>(tabId: number, message: unknown, result: z.ZodMiniType<R>): Promise<R> {
  return readReply(await browser.tabs.sendMessage(tabId, message), result);
}

/** Asks the page side of a tab: the content script of a web page, or the viewer when the tab shows it
 * (extension pages do not hear tabs.sendMessage, so the viewer listens for its own tab id). */
export async function askPage<R>(
  tab: { id?: number; url?: string },
  message: { type: string; [field: string]: unknown },
  result: z.ZodMiniType<R>,
): Promise<R> {
  if (tab.id === undefined) throw new Error('This tab cannot be read.');
  // The tab shows the extension's own address; getURL('/viewer.html') may be Chrome's per-session
  // alias for it (use_dynamic_url), so compare with the extension's root instead.
  if (tab.url?.startsWith(`${browser.runtime.getURL('/')}viewer.html`)) {
    return readReply(await browser.runtime.sendMessage({ ...message, tabId: tab.id }), result);
  }
  return sendToTab(tab.id, message, result);
}
