// Dispatches a report that is not a children's services inspection or a paper to its own rules.
import type { DocumentInfo, Findings } from '../model/findings';
import { detectSend } from './detect-send';
import { writtenStatementOfAction } from './send-outcome';
import { detectSchoolGrades } from './school-grades';
import { schoolCoverDates } from './school-dates';
import { detectProviderRecommendations, detectSchoolRecommendations } from './school-recommendations';
import { findAuthority } from '../model/authorities';
import { detectProviderGrades } from './provider-grades';

const PROVIDER_KINDS = new Set(['social care provider inspection', 'youth justice inspection', 'adult social care assessment']);

// A school's authority is its local authority ("Local authority Oldham" in the school details),
// else the first authority named on the cover, never Ofsted's own address at the end.
const LOCAL_AUTHORITY = /\b(?:Local authority|LEA area|Local authority area):?(?:[ \t]+|[ \t]*\n[ \t]*)([A-Z][^\n\t]{2,50})/i;
// 2005–09 covers print the labels as one column and the values as another: "ESSEX LA".
const LA_VALUE = /^[ \t]*([A-Z][A-Z .'&-]{2,40}?)[ \t]+LA[ \t]*$/m;
const titleCase = (s: string) => s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());

function detectSchool(text: string, document: DocumentInfo): Findings {
  const named = LOCAL_AUTHORITY.exec(text);
  const value = LA_VALUE.exec(text.slice(0, 3000));
  const authority = (named ? findAuthority(named[1]!) : null) ?? (value ? findAuthority(titleCase(value[1]!)) : null) ?? findAuthority(text.slice(0, 600));
  const inspectionDates = document.inspectionDates ?? schoolCoverDates(text);
  const year = /(?:19|20)\d\d/.exec(inspectionDates ?? '')?.[0];
  const framework = year ? `Ofsted school inspection ${year}` : 'Ofsted school inspection';
  return {
    document: { ...document, authority: authority?.name ?? null, authorityUrn: authority?.urn ?? null, framework, inspectionDates },
    judgements: detectSchoolGrades(text),
    recommendations: detectSchoolRecommendations(text),
  };
}

/**
 * The findings of an area SEND report (its outcome, priority actions and improvements) or of a
 * school report (cover grades, recommendations, the school's local authority), or null for every
 * other kind, which the children's services rules read. The framework is named from the
 * outcome: "area SEND 2023" with one, "area SEND 2016" for a letter without one.
 */
export function detectOtherKind(text: string, document: DocumentInfo): Findings | null {
  if (document.kind === 'school inspection') return detectSchool(text, document);
  if (PROVIDER_KINDS.has(document.kind ?? '')) {
    // Their own scales: no children's services grade rules, no council-paper sentences.
    return { document, judgements: detectProviderGrades(text, document.kind!), recommendations: detectProviderRecommendations(text) };
  }
  if (document.kind !== 'area SEND inspection') return null;
  const send = detectSend(text);
  const framework = send.judgements.length > 0 || send.previousInspection !== null ? 'area SEND 2023' : 'area SEND 2016';
  const wsoa = framework === 'area SEND 2016' ? writtenStatementOfAction(text) : null;
  return {
    document: { ...document, framework, previousInspection: send.previousInspection, ...(wsoa ? { writtenStatement: wsoa } : {}) },
    judgements: send.judgements,
    recommendations: send.recommendations,
  };
}
