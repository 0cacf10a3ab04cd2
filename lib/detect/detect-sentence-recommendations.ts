// Recommendations written as sentences inside a "Recommendation" section of a review or paper:
// "My recommendation is to …", "the DFE should receive …".
import type { Recommendation, RecommendationSource } from '../model/findings';
import { headingRules, isHeadingLike } from './recommendation-rules';

const RECOMMENDATION_SECTION = headingRules.find((r) => r.id === 'recommendations-heading')!.pattern;
const MY_RECOMMENDATION = /(?:^|(?<=[.!?]\s+))(?:My|Our|The) (?:main |key )?recommendations? (?:is|are|would be) [^.!?\n]+[.!?]/g;
const SHOULD_CLAUSE =
  /\b(?:the|The) (?:[A-Z]{2,6}|Council|Department|local authority|Secretary of State)\s+should\s+[a-z][^.!?\n]+[.!?]/g;

// Minutes record the committee's decision after "RESOLVED –", "Decision:" or "It was moved, seconded and".
const RESOLVED =
  /^[ \t]*(?:RESOLVED|Resolved|DECISION|Decision|AGREED|It was moved,? seconded and(?: agreed| resolved)?)\b[ \t]*[:–—-]?[ \t]*\n?[ \t\n]*(That\b[^\n]{10,600})/gim;

/** The committee's own resolutions in minutes: "RESOLVED – That the report be noted." */
export function detectResolutions(text: string): Recommendation[] {
  return [...text.matchAll(RESOLVED)].map((m) => {
    const quote = m[1]!.trimEnd();
    const start = m.index + m[0].length - m[1]!.length;
    return {
      ruleId: 'resolved',
      quote,
      start,
      end: start + quote.length,
      deadline: deadlineIn(quote),
      source: 'committee' as const,
      section: null,
    };
  });
}

/** Sentence-form recommendations in sections headed "Recommendation(s)". */
export function detectSentenceRecommendations(text: string, source: RecommendationSource): Recommendation[] {
  const out: Recommendation[] = [];
  const paragraphs = [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)];
  let inSection = false;
  for (const p of paragraphs) {
    const para = p[0];
    if (RECOMMENDATION_SECTION.test(para.trim().replace(/^\*\*|\*\*$/g, ''))) {
      inSection = true;
      continue;
    }
    if (isHeadingLike(para) && para.trim().length < 80 && !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(para.trim())) inSection = false;
    if (!inSection) continue;
    for (const re of [MY_RECOMMENDATION, SHOULD_CLAUSE]) {
      for (const m of para.matchAll(re)) {
        const start = p.index + m.index;
        const end = start + m[0].length;
        if (out.some((r) => r.start <= start && end <= r.end)) continue;
        out.push({
          ruleId: re === MY_RECOMMENDATION ? 'my-recommendation' : 'should-clause',
          quote: m[0],
          start,
          end,
          deadline: deadlineIn(m[0]),
          source,
          section: null,
        });
      }
    }
  }
  return out;
}

function deadlineIn(s: string): string | null {
  return /within [a-z0-9, ]+months?/i.exec(s)?.[0] ?? null;
}
