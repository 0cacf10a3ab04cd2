// Which addresses the store keeps for a report, and how they are written out. A backup is a file
// anyone could hand a councillor, so a restored address is opened or exported only if it is one
// the extension itself would have stored: a web page's or PDF's http(s) address, or one of the
// identities it gives local files (the viewer's own page, "file:<name>" from "Add reports…").

// Control characters and blanks at either end: the URL parser drops tabs, line ends and outer
// blanks silently, so an address with them is not the address it looks like. Inner spaces are
// percent-encoded by the parser, which is safe.
const UNSAFE_CHARS = /\p{Cc}|^\s|\s$/u;
// "Add reports…" names a local file "file:<its name>" and keys it "file:<sha-256 of its text>".
const FILE_NAME = /^file:[^/\\\p{Cc}]{1,500}$/u;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function parse(text: string): URL | null {
  if (!text || UNSAFE_CHARS.test(text)) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** The address normalised by the URL parser (`new URL(text).href`) when it is http(s), else null. */
export function webAddress(text: string): string | null {
  const url = parse(text);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : null;
}

/** The viewer's address for a PDF opened from this computer (it has no web address of its own). */
export function isViewerFileAddress(text: string): boolean {
  const url = parse(text);
  return !!url && /^(chrome|moz)-extension:$/.test(url.protocol) && url.pathname === '/viewer.html';
}

/** A local file added by name through "Add reports…" ("file:<name>", never a path). */
export const isFileName = (text: string): boolean => FILE_NAME.test(text);

/** May a report keep this address: http(s), the viewer's local-file page, or a file name. */
export function isStorableAddress(text: string): boolean {
  return webAddress(text) !== null || isViewerFileAddress(text) || isFileName(text);
}

/** May a report have this id: a PDF fingerprint (no scheme), or an address it may keep. */
export function isStorableReportId(text: string): boolean {
  const plain = !SCHEME.test(text.trimStart()) && !/\p{Cc}/u.test(text);
  return plain || isStorableAddress(text);
}
