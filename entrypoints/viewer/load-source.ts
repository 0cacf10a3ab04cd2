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

/** What an address sent instead of a PDF, from its content type, in words ("a web page"). */
export function whatWasSent(contentType: string | null): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (/html|xml/.test(type)) return 'a web page';
  if (type.startsWith('image/')) return 'a picture';
  if (type.startsWith('text/')) return 'plain text';
  if (/json|javascript/.test(type)) return 'data for programs';
  if (/word|document|spreadsheet|excel|powerpoint|presentation/.test(type)) return 'an office document';
  return 'a file of another kind';
}

/** What a site's refusal means for the reader, and what to do next, by HTTP status. */
function statusAdvice(status: number): string {
  if (status === 404 || status === 410) return 'The file is not there (any more): check the address.';
  if (status === 401 || status === 403)
    return 'The site does not let anyone read it without signing in: open it in the browser instead.';
  if (status >= 500) return 'The site has a problem at the moment: try again later.';
  return 'Open the address in the browser instead.';
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
  if (!response.ok) {
    const answer = `${response.status} ${response.statusText}`.trim();
    throw new SourceError(`${host} answered “${answer}” for this file. ${statusAdvice(response.status)}`, 'http');
  }
  // The body can still fail after good headers (a dropped connection): say so rather than hang.
  const body = await response.arrayBuffer().catch(() => {
    throw new SourceError(
      `The file stopped arriving from ${host} before it was complete. Check your connection and try again.`,
      'network',
    );
  });
  const bytes = new Uint8Array(body);
  if (bytes.length > MAX_BYTES) throw new SourceError('This file is larger than 300 MB, too large to open here.', 'not-pdf');
  // An empty answer is said as such, whatever type the site claimed for it.
  if (bytes.length === 0)
    throw new SourceError(
      'This address sent an empty file, not a PDF. Try again later, or open it in the browser instead.',
      'not-pdf',
    );
  if (!isPdfBytes(bytes)) {
    const sent = whatWasSent(response.headers.get('content-type'));
    throw new SourceError(`This address sent ${sent}, not a PDF. Open it in the browser to find the PDF’s own link.`, 'not-pdf');
  }
  return bytes;
}

/** Reads a file the user picked or dropped. It stays on this machine. */
export async function readLocalFile(file: File): Promise<Uint8Array> {
  if (file.size > MAX_BYTES) throw new SourceError(`${file.name} is larger than 300 MB, too large to open here.`, 'not-pdf');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new SourceError(`“${file.name}” is empty (0 bytes), not a PDF. Choose another file.`, 'not-pdf');
  if (!isPdfBytes(bytes)) throw new SourceError(`“${file.name}” is not a PDF. Choose a PDF file.`, 'not-pdf');
  return bytes;
}
