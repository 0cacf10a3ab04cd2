// Stable keys for the councillor's decisions on recommendation links: the same two wordings give the
// same key on every machine and after a backup and restore, whatever else is stored.

/** A recommendation's wording reduced to what matters: lower case, letters and digits, single spaces
 * (quote marks, dashes, bullets and line breaks differ between a PDF and a web page of one report). */
export const normaliseQuote = (quote: string) =>
  quote
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** 64-bit FNV-1a of a string, as 16 hex digits (two 32-bit halves with different offsets). */
function fnv64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

const keys = new Map<string, string>();

/** The key of one recommendation's wording (remembered: the panel keys the same wordings on every build). */
export function quoteKey(quote: string): string {
  let key = keys.get(quote);
  if (key === undefined) {
    if (keys.size >= 5000) keys.clear();
    keys.set(quote, (key = fnv64(normaliseQuote(quote))));
  }
  return key;
}

/** The key of a decision that `later` does (or does not) raise again `earlier`: "hash>hash". A
 * decision is about two wordings, so it holds wherever the same two wordings meet. */
export const linkKey = (earlier: string, later: string) => `${quoteKey(earlier)}>${quoteKey(later)}`;

/** The councillor's decisions by earlier wording's key, then later wording's key. */
export type DecisionsByWording = Map<string, Map<string, boolean>>;

/** Decisions keyed as linkKey(earlier, later) (→ true for confirmed), split once by the two wordings' keys: looking one up for each of some 60,000
 * pairs must not build and hash a new "key>key" string per pair (that was most of the linking time). */
export function splitDecisions(decisions: Readonly<Record<string, boolean>>): DecisionsByWording {
  const out: DecisionsByWording = new Map();
  for (const [key, decision] of Object.entries(decisions)) {
    const [from, to] = key.split('>');
    if (!from || !to) continue;
    if (!out.has(from)) out.set(from, new Map());
    out.get(from)!.set(to, decision);
  }
  return out;
}
