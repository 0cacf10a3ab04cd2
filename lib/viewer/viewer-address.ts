// Which PDF a viewer address names. Our own links encode the address (`?file=<encoded>`); the
// Ofsted redirect rule cannot encode, so it appends the address as it came (`?raw=<address>`: the
// whole rest of the query, so its `&`, `+` and `%` survive). Either way the address is normalised
// with new URL().href before anything is fetched or stored.

export type OpenedAddress = { url: string } | { problem: string } | null;

const shorten = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s);

/** The address in a viewer query (`location.search`): null when none was given, or a problem
 * sentence when it is not an http(s) address that can be read. */
export function openedAddress(search: string): OpenedAddress {
  const raw = search.startsWith('?raw=') ? search.slice('?raw='.length) : new URLSearchParams(search).get('file');
  if (raw === null || raw.trim() === '') return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:' || url.protocol === 'http:') return { url: url.href };
  } catch {
    // not an address at all: the sentence below
  }
  return { problem: `Inspection Lens cannot open “${shorten(raw)}”: it is not a web address (http or https).` };
}

/** The viewer's own query for an address, encoded, with the clip to move to if any. */
export function viewerSearch(url: string, clip: string | null = null): string {
  return `?file=${encodeURIComponent(url)}${clip ? `&clip=${encodeURIComponent(clip)}` : ''}`;
}

/** The viewer's query for a file from this computer asked for again: it cannot be read by its name,
 * so the viewer asks the reader to open it (then moves to `clip`). */
export function reopenSearch(fileName: string, clip: string | null = null): string {
  return `?local=${encodeURIComponent(fileName)}${clip ? `&clip=${encodeURIComponent(clip)}` : ''}`;
}

/** A short name for the tab title: the last part of the address's path, decoded where it can be. */
export function fileTitle(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? new URL(url).host;
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a literal % that is not an escape
  }
}
