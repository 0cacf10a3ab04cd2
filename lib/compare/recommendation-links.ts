// Recurring recommendations: for each recommendation of an inspection, where the same aim is raised
// again by a later inspection (the nearest later one that raises it), or, when none does, the
// closest later wording and its score. The councillor's decisions win over the matcher.
import type { InspectionEvent, LinkDecisions, LinkEnd, RecommendationLink } from './inspection-types';
import { linkKey } from './link-key';
import { MATCH_THRESHOLD, matchScore, prepareRecommendation, type PreparedRecommendation } from './recommendation-matcher';

interface Item {
  end: LinkEnd;
  prepared: PreparedRecommendation;
}

const itemsOf = (e: InspectionEvent): Item[] =>
  e.recommendations.map((r) => ({
    end: { inspectionId: e.id, quote: r.quote, sourceId: r.sourceId, index: r.index },
    prepared: prepareRecommendation(r.quote),
  }));

/** The link of one earlier recommendation given every later inspection's items (nearest first). */
function linkOf(from: Item, later: Item[][], decisions: LinkDecisions, threshold: number): RecommendationLink {
  const rejected: LinkEnd[] = [];
  let closest: (LinkEnd & { score: number }) | null = null;
  for (const items of later) {
    let best: (LinkEnd & { score: number }) | null = null;
    for (const to of items) {
      const decided = decisions[linkKey(from.end.quote, to.end.quote)];
      const score = matchScore(from.prepared, to.prepared);
      if (decided === true) return { from: from.end, to: to.end, score, confirmed: true, closest: null, rejected };
      if (decided === false) {
        rejected.push(to.end);
        continue;
      }
      if (!best || score > best.score) best = { ...to.end, score };
    }
    if (best && (!closest || best.score > closest.score)) closest = best;
    if (best && best.score >= threshold) {
      const { score, ...to } = best;
      return { from: from.end, to, score, confirmed: null, closest: null, rejected };
    }
  }
  return { from: from.end, to: null, score: closest?.score ?? 0, confirmed: rejected.length ? false : null, closest, rejected };
}

/** One link per recommendation of every inspection but the last (inspections oldest first, as in
 * InspectionHistory). `decisions` maps `linkKey(earlier, later)` to the councillor's confirm (true)
 * or reject (false). Quadratic in the recommendations: 12 inspections × 30 is about 60,000 scores. */
export function linkRecommendations(
  inspections: InspectionEvent[],
  decisions: LinkDecisions = {},
  threshold = MATCH_THRESHOLD,
): RecommendationLink[] {
  const items = inspections.map(itemsOf);
  return items.flatMap((mine, i) => {
    const later = items.slice(i + 1).filter((x) => x.length > 0);
    return later.length ? mine.map((from) => linkOf(from, later, decisions, threshold)) : [];
  });
}

/** The earlier recommendations a later one raises again ("raised before: 2016"), from the links. */
export const raisedBefore = (links: RecommendationLink[], inspectionId: string, index: number, sourceId: string) =>
  links.filter((l) => l.to && l.to.inspectionId === inspectionId && l.to.index === index && l.to.sourceId === sourceId);
