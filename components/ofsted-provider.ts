// Loads an authority's provider pages from Ofsted's report site (its own and its predecessors')
// and reads their lists of publications. Runs in the panel, which may fetch reports.ofsted.gov.uk.
import type { Authority } from '../lib/model/authorities';
import { historyAuthorities } from '../lib/ofsted/provider-urns';
import { providerPageUrl, type Publication } from '../lib/ofsted/publications';
import { readProviderPage } from '../lib/page/provider-page';

export interface ListedPublication extends Publication {
  /** the authority whose page lists it (a predecessor's name for its reports) */
  authority: string;
}

async function loadOne(a: Authority): Promise<{ publications: ListedPublication[]; problem: string | null }> {
  const url = providerPageUrl(a.urn);
  const response = await fetch(url, { credentials: 'omit', redirect: 'error' }).catch(() => null);
  if (!response) return { publications: [], problem: `Ofsted’s page for ${a.name} could not be reached (no connection?).` };
  if (!response.ok) return { publications: [], problem: `Ofsted’s page for ${a.name} answered ${response.status}.` };
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const page = readProviderPage(doc, url);
  if (!page || page.layout === 'unrecognised')
    return {
      publications: [],
      problem: `Ofsted’s page for ${a.name} has a layout Inspection Lens does not recognise; no reports were read from it.`,
    };
  return { publications: page.publications.map((p) => ({ ...p, authority: a.name })), problem: null };
}

/** Every publication on the authority's and its predecessors' pages, one at a time, with a line per page that failed. */
export async function loadProviderPages(
  authority: Authority,
): Promise<{ publications: ListedPublication[]; problems: string[] }> {
  const publications: ListedPublication[] = [];
  const problems: string[] = [];
  for (const a of historyAuthorities(authority)) {
    const one = await loadOne(a);
    publications.push(...one.publications);
    if (one.problem) problems.push(one.problem);
  }
  return { publications, problems };
}
