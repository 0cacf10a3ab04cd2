// The `npm run detect` output object (contract in ../shared/DESIGN.md), shared by the one-file
// form and the batch form so both print exactly the same fields in the same order.
import type { Findings } from '../../lib/model/findings';

/** The contract object for one document's findings: `document`, then `judgements` (area, areaKey,
 * grade, rank, inspection, quote, start, end, ruleId) and `recommendations` (quote, start, end,
 * deadline, source, section, ruleId); offsets are JavaScript string indices into the read text. */
export function detectOutput(findings: Findings) {
  return {
    document: findings.document,
    judgements: findings.judgements.map(({ area, areaKey, grade, rank, inspection, quote, start, end, ruleId }) => ({
      area,
      areaKey,
      grade,
      rank,
      inspection,
      quote,
      start,
      end,
      ruleId,
    })),
    recommendations: findings.recommendations.map(({ quote, start, end, deadline, source, section, ruleId }) => ({
      quote,
      start,
      end,
      deadline,
      source,
      section,
      ruleId,
    })),
  };
}

/** The contract object of one document. */
export type DetectOutput = ReturnType<typeof detectOutput>;
