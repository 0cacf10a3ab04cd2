// The store's key for a report: a PDF's fingerprint, or a web page's address without its fragment.

/** The id of a web page's report. */
export function reportIdForUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
