// Reading Ofsted's provider page: the list of an authority's publications from the page's own
// links. Two layouts: links of class publication-link with a visually hidden span.nonvisual naming
// kind and date (Ofsted's report site), and, for any other layout, every link to a report file
// with the words around it.
import { authorityByCode } from '../model/authorities';
import { listPublications, providerUrnOf, type Publication } from '../ofsted/publications';

export type ProviderLayout = 'publication-link' | 'file-links' | 'unrecognised';

export interface ProviderPage {
  urn: string;
  /** the authority's name from the lookup (by URN), else the page's heading */
  authority: string;
  layout: ProviderLayout;
  publications: Publication[];
}

const FILE_LINKS = 'a[href*="files.ofsted.gov.uk/v1/file/"]';

/** The link's address resolved against the page's (a parsed page has no base of its own). */
function absolute(link: HTMLAnchorElement, base: string): string {
  try {
    return new URL(link.getAttribute('href') ?? '', base).href;
  } catch {
    return '';
  }
}

/** The words that describe a link in a layout we do not know: its own text, else its row or item. */
function nearbyText(link: HTMLAnchorElement): string {
  const holder = link.closest('li, tr, article, p, dd, div');
  const around = holder && (holder.textContent ?? '').length < 600 ? spaced(holder) : '';
  return `${spaced(link)} ${around}`;
}

/** The text of a node with a space between its text nodes (table cells run together otherwise). */
function spaced(node: Node): string {
  const walker = node.ownerDocument!.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) parts.push(t.nodeValue ?? '');
  return parts.join(' ');
}

/**
 * The provider page at `url` in `doc`, or null when the address is not a provider page of a local
 * authority the lookup knows (so other Ofsted pages never get a banner). `layout` is
 * "unrecognised" when no report file link could be read.
 */
export function readProviderPage(doc: Document, url: string): ProviderPage | null {
  const urn = providerUrnOf(url);
  const known = urn ? authorityByCode(urn) : undefined;
  if (!urn || !known || known.urn !== urn) return null;
  const heading = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const page = { urn, authority: known.name || heading || urn };
  const marked = [...doc.querySelectorAll<HTMLAnchorElement>('a.publication-link')].map((a) => ({
    text: a.querySelector('span.nonvisual')?.textContent || a.textContent || '',
    href: absolute(a, url),
  }));
  const fromMarked = listPublications(marked);
  if (fromMarked.length > 0) return { ...page, layout: 'publication-link', publications: fromMarked };
  const fallback = [...doc.querySelectorAll<HTMLAnchorElement>(FILE_LINKS)].map((a) => ({
    text: nearbyText(a),
    href: absolute(a, url),
  }));
  const fromLinks = listPublications(fallback);
  return { ...page, layout: fromLinks.length > 0 ? 'file-links' : 'unrecognised', publications: fromLinks };
}
