// Dispatches a report that is not a children's services inspection or a paper to its own rules.
import type { DocumentInfo, Findings } from '../model/findings';
import { detectSend } from './detect-send';
import { writtenStatementOfAction } from './send-outcome';

/**
 * The findings of an area SEND report (its outcome, priority actions and improvements), or null
 * for every other kind, which the children's services rules read. The framework is named from the
 * outcome: "area SEND 2023" with one, "area SEND 2016" for a letter without one.
 */
export function detectOtherKind(text: string, document: DocumentInfo): Findings | null {
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
