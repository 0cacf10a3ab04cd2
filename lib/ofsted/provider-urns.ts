// Which Ofsted provider pages hold an authority's history: its own and, for a reorganised
// authority, its predecessors' (West Northamptonshire: itself and Northamptonshire).
import { authorityByCode, type Authority } from '../model/authorities';
import { lineageOf } from '../model/authority-lineage';

/** The authority first, then its predecessors; each with the Ofsted URN its provider page ends in. */
export function historyAuthorities(authority: Authority): Authority[] {
  const codes = [...lineageOf(authority.code)];
  return codes.map((code) => authorityByCode(code)).filter((a): a is Authority => !!a && /^\d+$/.test(a.urn));
}
