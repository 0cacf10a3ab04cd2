// A contract table: each message type names its request fields and its reply schema together, so
// the compiler checks both ends and the receiver still parses everything at run time.
import { z } from 'zod/mini';

/** One message: the schema of its fields (without `type`) and the schema of its reply. */
export interface Contract<Q extends z.ZodMiniType<object> = z.ZodMiniType<object>, R extends z.ZodMiniType = z.ZodMiniType> {
  request: Q;
  reply: R;
}
export type ContractTable = Record<string, Contract>;

/** Writes one row of a table: `contract(z.object({ id: z.string() }), Reply)`. */
export const contract = <Q extends z.ZodMiniType<object>, R extends z.ZodMiniType>(request: Q, reply: R): Contract<Q, R> => ({
  request,
  reply,
});

/** A request of type `K` as it travels: its fields, its type, and the tab it is meant for. */
export type RequestOf<T extends ContractTable, K extends keyof T & string> = z.output<T[K]['request']> & {
  type: K;
  /** the viewer hears every runtime message: it answers only those for its own tab */
  tabId?: number;
};
export type ReplyOf<T extends ContractTable, K extends keyof T & string> = z.output<T[K]['reply']>;
export type AnyRequest<T extends ContractTable> = { [K in keyof T & string]: RequestOf<T, K> }[keyof T & string];

/** One handler per message type; a handler may return its reply or a promise of it. `S` is what
 * the transport knows of the sender (the background uses it to tell which tab asked). */
export type Handlers<T extends ContractTable, S = unknown> = {
  [K in keyof T & string]: (request: RequestOf<T, K>, sender: S) => ReplyOf<T, K> | Promise<ReplyOf<T, K>>;
};

const TabId = z.optional(z.number().check(z.int()));

/** Parses an arriving message against `table`: null for an unknown type or fields that do not
 * parse (they never reach a handler). Fields not in the contract are dropped. */
export function parseRequest<T extends ContractTable>(table: T, message: unknown): AnyRequest<T> | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, tabId } = message as { type?: unknown; tabId?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(table, type)) return null;
  const fields = table[type]!.request.safeParse(message);
  const tab = TabId.safeParse(tabId);
  if (!fields.success || !tab.success) return null;
  return { ...fields.data, type, ...(tab.data === undefined ? {} : { tabId: tab.data }) } as AnyRequest<T>;
}

/** Runs the handler of a parsed request. */
export function handle<T extends ContractTable, S>(handlers: Handlers<T, S>, request: AnyRequest<T>, sender: S): unknown {
  const run = handlers[request.type as keyof T & string] as (r: AnyRequest<T>, s: S) => unknown;
  return run(request, sender);
}
