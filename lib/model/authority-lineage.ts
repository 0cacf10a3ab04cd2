// Reorganised authorities: a successor's history includes its predecessors' inspections.
// Codes are the DfE la codes of la-lookup.csv.
import { authorityByCode, type Authority } from './authorities';

/** predecessor → successors (local government reorganisations since the SLAC inspections) */
const SUCCESSORS: Record<string, string[]> = {
  '836': ['839'], // Poole → Bournemouth, Christchurch and Poole (2019)
  '837': ['839'], // Bournemouth → Bournemouth, Christchurch and Poole (2019)
  '835': ['838', '839'], // Dorset County → Dorset, and Christchurch into BCP (2019)
  '928': ['940', '941'], // Northamptonshire → North and West Northamptonshire (2021)
  '909': ['942', '943'], // Cumbria → Cumberland, Westmorland and Furness (2023)
};

/** Codes whose inspections belong in this authority's history: itself and every predecessor. */
export function lineageOf(code: string): Set<string> {
  const out = new Set([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [before, after] of Object.entries(SUCCESSORS)) {
      if (!out.has(before) && after.some((a) => out.has(a))) {
        out.add(before);
        grew = true;
      }
    }
  }
  return out;
}

/** Does a report about `other` belong in the history of `authority`? */
export function inHistoryOf(authority: Authority, other: Authority): boolean {
  return lineageOf(authority.code).has(other.code);
}

/** The authority a report names by URN or code, if the lookup knows it. */
export const authorityOfUrn = (urn: string | null): Authority | null => (urn ? (authorityByCode(urn) ?? null) : null);
