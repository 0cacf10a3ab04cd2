// Sending and answering over runtime messaging. Every message and every reply is parsed with its
// schema on arrival; anything that does not parse is dropped and never reaches a handler.
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod/mini';
import {
  handle,
  parseRequest,
  type AnyRequest,
  type ContractTable,
  type Handlers,
  type ReplyOf,
  type RequestOf,
} from './contract-table';
import { BACKGROUND, PAGE_SIDE } from './contracts';

const Reply = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
type Sender = Browser.runtime.MessageSender;
type Parse<T> = (message: unknown) => T | null;

type Accept<T> = (message: T, sender: Sender) => boolean;

function listenWith<T>(parse: Parse<T>, run: (message: T, sender: Sender) => unknown, accept: Accept<T>): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
    const parsed = parse(message);
    if (parsed === null || !accept(parsed, sender)) return false;
    const reply = Promise.resolve()
      .then(() => run(parsed, sender))
      .then(
        (value) => ({ ok: true, value: value ?? null }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    // Chrome answers through sendResponse; a caller that passes none (WXT's fake browser) takes
    // the returned promise, as Firefox also would.
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true; // the reply is sent asynchronously
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Answers messages that parse as `schema` (and that `accept` takes: a message it refuses is left
 * for another part of the extension to answer); returns a function that stops listening. */
export function listen<T>(
  schema: z.ZodMiniType<T>,
  run: (message: T, sender: Sender) => unknown,
  accept: Accept<T> = () => true,
): () => void {
  return listenWith(
    (m) => {
      const parsed = schema.safeParse(m);
      return parsed.success ? parsed.data : null;
    },
    run,
    accept,
  );
}

/** Answers every message of a contract table with its handler; returns a function that stops. */
export function serve<T extends ContractTable>(
  table: T,
  handlers: Handlers<T, Sender>,
  accept: Accept<AnyRequest<T>> = () => true,
): () => void {
  return listenWith(
    (m) => parseRequest(table, m),
    (m, sender) => handle(handlers, m, sender),
    accept,
  );
}

/** Reads a reply and checks it against `result`; a handler's error becomes a thrown Error. */
export function readReply<R>(reply: unknown, result: z.ZodMiniType<R>): R {
  const parsed = Reply.safeParse(reply);
  if (!parsed.success) throw new Error('Inspection Lens: no valid reply from the extension');
  if (!parsed.data.ok) throw new Error(parsed.data.error);
  const value = result.safeParse(parsed.data.value);
  if (!value.success) throw new Error('Inspection Lens: a reply that does not match its contract');
  return value.data;
}

/** Sends a message to the background and returns its checked reply. */
export async function sendToBackground<R>(message: unknown, result: z.ZodMiniType<R>): Promise<R> {
  return readReply(await browser.runtime.sendMessage(message), result);
}

type Fields<T extends ContractTable, K extends keyof T & string> = Omit<RequestOf<T, K>, 'type' | 'tabId'>;

/** Asks the background (the contract table BACKGROUND). */
export async function askBackground<K extends keyof typeof BACKGROUND & string>(
  type: K,
  fields: Fields<typeof BACKGROUND, K>,
): Promise<ReplyOf<typeof BACKGROUND, K>> {
  const schema: z.ZodMiniType = BACKGROUND[type].reply;
  return readReply(await browser.runtime.sendMessage({ ...fields, type }), schema) as ReplyOf<typeof BACKGROUND, K>;
}

/** Does this tab show the viewer? Its address may be Chrome's per-session alias of viewer.html
 * (use_dynamic_url), so it is compared with the extension's root. */
const isViewerTab = (url: string | undefined) => !!url?.startsWith(`${browser.runtime.getURL('/')}viewer.html`);

/** Asks the page side of a tab (the table PAGE_SIDE), whether the tab holds a web page (its
 * content script) or the viewer (an extension page, which does not hear tabs.sendMessage, so it
 * listens to runtime messages for its own tab id). Throws with a sentence when nothing answers. */
export async function askPageSide<K extends keyof typeof PAGE_SIDE & string>(
  tab: { id?: number; url?: string },
  type: K,
  fields: Fields<typeof PAGE_SIDE, K>,
): Promise<ReplyOf<typeof PAGE_SIDE, K>> {
  if (tab.id === undefined) throw new Error('This tab cannot be read.');
  const message = { ...fields, type };
  const id = tab.id;
  const send = () =>
    isViewerTab(tab.url) ? browser.runtime.sendMessage({ ...message, tabId: id }) : browser.tabs.sendMessage(id, message);
  // No listener: Chrome rejects ("Receiving end does not exist"), Firefox may resolve undefined.
  const reply: unknown = await Promise.resolve()
    .then(send)
    .catch(() => undefined);
  if (reply === undefined) throw new Error('Inspection Lens is not running in this tab.');
  const schema: z.ZodMiniType = PAGE_SIDE[type].reply;
  return readReply(reply, schema) as ReplyOf<typeof PAGE_SIDE, K>;
}

/** Answers the page side's messages (PAGE_SIDE); `tabId`, when given, limits it to that tab's. */
export function servePageSide(handlers: Handlers<typeof PAGE_SIDE>, ownTab?: () => number | undefined): () => void {
  return serve(PAGE_SIDE, handlers, (m) => !ownTab || (m.tabId !== undefined && m.tabId === ownTab()));
}

/** Tells open side panels that this page side's report changed (no panel open: nobody hears it).
 * `tabId`: the viewer's own tab; a content script leaves it out (the sender names its tab). */
export function announcePageChange(revision: number, tabId?: number): void {
  const message = { type: 'page/changed', revision, ...(tabId === undefined ? {} : { tabId }) };
  void Promise.resolve()
    .then(() => browser.runtime.sendMessage(message))
    .catch(() => {});
}
