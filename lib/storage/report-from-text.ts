// The one way a read document becomes a stored report, shared by "Add reports…" in the panel and
// the Ofsted history queue in the background: detect, refuse a document with no findings, and key
// it by the PDF's fingerprint (or the address, or a hash of the text).
import type { Findings } from '../model/findings';
import type { StoredReport } from '../model/store-schemas';

/** Does this look like a PDF (the %PDF- header within the first kilobyte)? */
export const looksLikePdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');

/** Why the bytes read from `source` (an address, or "file:<name>") hold nothing to read; null when
 * there are bytes. Said before anything else, so an empty file never reads as "nothing found". */
export function emptyFileMessage(bytes: Uint8Array, source: string): string | null {
  if (bytes.length > 0) return null;
  return /^https?:/.test(source)
    ? 'This address sent an empty file (0 bytes), so there is nothing to read. Try again later, or check the address.'
    : 'This file is empty (0 bytes), so there is nothing to read.';
}

/** A document (web page, text file) whose text is only blanks. */
export const NO_TEXT = 'This document has no text, so Inspection Lens cannot find its judgements.';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The stored report of a document's text. `source` is the address or "file:<name>"; `fingerprint`
 * the PDF's (null for web pages and text). `detect` is where detection runs: a worker with a time
 * budget in the extension (so one strange file never holds up the panel or the background), the
 * detector itself by default, loaded only then (imported at the top, it made the side panel's script
 * carry the whole detector, 250 kB it never runs). Throws when the text is only blanks (NO_TEXT), when nothing is found
 * in it, or when `detect` gives up.
 */
export async function reportFromText(
  text: string,
  fingerprint: string | null,
  source: string,
  title: string,
  detect: (text: string) => Findings | Promise<Findings> = async (t) => (await import('../detect/detect-report')).detectReport(t),
): Promise<StoredReport> {
  if (!/\S/.test(text)) throw new Error(NO_TEXT);
  const findings = await detect(text);
  if (findings.judgements.length === 0 && findings.recommendations.length === 0)
    throw new Error('no judgements or recommendations found in it');
  const id = fingerprint || (/^https?:/.test(source) ? source.split('#')[0]! : `file:${await sha256(text)}`);
  return { id, fingerprint, urls: [source], title, savedAt: new Date().toISOString(), ...findings };
}
