// The detector's one entry point: text in, document identity, judgements and recommendations out.
import type { Findings, Recommendation } from '../model/findings';
import { detectDocument, ownInspectionYears } from './detect-document';
import { detectJudgements } from './detect-judgements';
import { detectListRecommendations, type RecommendationContext } from './detect-recommendations';
import { detectSentenceRecommendations } from './detect-sentence-recommendations';
import { SpanIndex } from './span-index';

/** Is this an Ofsted report itself, a commissioner's or other review, or a council paper? */
function documentKind(text: string, framework: string | null): RecommendationContext['kind'] {
  const head = text.slice(0, 3000);
  if (/^(?:SIF|ILACS.*|other)$/.test(framework ?? '') && /Inspection dates?:/i.test(head)) return 'inspection';
  const title = text.slice(0, 800);
  if (
    /\bcommissioner\b|\breview of\b|secretary of state/i.test(title) &&
    !/\b(?:cabinet|scrutiny|panel|committee)\b/i.test(title)
  )
    return 'review';
  return 'paper';
}

function byPosition<T extends { start: number }>(a: T, b: T): number {
  return a.start - b.start;
}

/** Drops sentence recommendations that repeat a list item's span. */
function mergeRecommendations(lists: Recommendation[], sentences: Recommendation[]): Recommendation[] {
  const items = new SpanIndex();
  for (const l of [...lists].sort(byPosition)) items.add(l);
  const extra = sentences.filter((s) => !items.overlaps(s));
  return [...lists, ...extra].sort(byPosition);
}

/** Detects everything Inspection Lens shows in a report or a paper about one. */
export function detectReport(text: string): Findings {
  const document = detectDocument(text);
  const kind = documentKind(text, document.framework);
  const judgements = detectJudgements(text, ownInspectionYears(document));
  const lists = detectListRecommendations(text, { kind });
  const sentences = kind === 'inspection' ? [] : detectSentenceRecommendations(text, kind === 'review' ? 'review' : 'committee');
  return { document, judgements, recommendations: mergeRecommendations(lists, sentences) };
}
