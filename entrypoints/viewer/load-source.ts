// Where the viewer's PDF comes from: an http(s) address or a local file. Failures become one
// clear sentence for the user, with what they can do about it.
export type SourceProblem = 'network' | 'http' | 'not-pdf' | 'permission' | 'address';

export class SourceError extends Error {
  constructor(
    message: string,
    readonly problem: SourceProblem,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

const MAX_BYTES = 300 * 1024 * 1024;

/** Does this look like a PDF? The header may follow a little junk, as readers allow. */
export function isPdfBytes(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** "https://example.org/*" for an address, or null when it is not http(s). The pattern names the
 * host without its port: match patterns have no port, and Firefox grants a pattern with one
 * ("http://127.0.0.1:8080/*") yet lets no request through it, so the viewer asked again forever. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** Fetches a PDF by address; the page never leaves this machine except to ask that address for it. */
export async function fetchPdf(url: string): Promise<Uint8Array> {
  const pattern = originPattern(url);
  if (!pattern) throw new SourceError(`“${url}” is not a web address (http or https).`, 'address');
  const host = new URL(url).host;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch {
    // A refused read and an unreachable server fail alike. An opaque request is sent whatever our
    // permissions: if it gets through, the server is there and the problem is permission.
    const reachable = await fetch(url, { mode: 'no-cors', credentials: 'omit' }).then(
      () => true,
      () => false,
    );
    if (reachable) throw new SourceError(`Inspection Lens needs your permission to read files from ${host}.`, 'permission');
    throw new SourceError(`Could not reach ${host}. Check your connection and try again.`, 'network');
  }
  if (!response.ok) throw new SourceError(`${host} answered “${response.status} ${response.statusText}” for this file.`, 'http');
  // The body can still fail after good headers (a dropped connection): say so rather than hang.
  const body = await response.arrayBuffer().catch(() => {
    throw new SourceError(
      `The file stopped arriving from ${host} before it was complete. Check your connection and try again.`,
      'network',
    );
  });
  const bytes = new Uint8Array(body);
  if (bytes.length > MAX_BYTES) throw new SourceError('This file is larger than 300 MB, too large to open here.', 'not-pdf');
  if (!isPdfBytes(bytes)) {
    const type = response.headers.get('content-type')?.split(';')[0] ?? 'something else';
    throw new SourceError(`This address is not a PDF: ${host} sent ${type}.`, 'not-pdf');
  }
  return bytes;
}

/** Reads a file the user picked or dropped. It stays on this machine. */
export async function readLocalFile(file: File): Promise<Uint8Array> {
  if (file.size > MAX_BYTES) throw new SourceError(`${file.name} is larger than 300 MB, too large to open here.`, 'not-pdf');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isPdfBytes(bytes)) throw new SourceError(`${file.name} is not a PDF.`, 'not-pdf');
  return bytes;
}
