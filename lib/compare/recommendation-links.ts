// Recurring recommendations: each later recommendation is linked to the earlier one it raises again
// (its best match in the nearest earlier inspection that has one above the threshold), so one broad
// earlier recommendation can recur as several narrower ones ("the virtual school and personal
// education plans" → two 2018 recommendations). Every earlier recommendation that no later one
// raises again gets a link to null with the closest later wording and its score. The councillor's
// decisions win over the matcher: a confirmed pair is always linked, a rejected one never.
import type { InspectionEvent, LinkDecisions, LinkEnd, RecommendationLink } from './inspection-types';
import { quoteKey } from './link-key';
import { MATCH_THRESHOLD, matchScore, prepareRecommendation, type PreparedRecommendation } from './recommendation-matcher';

interface Item {
  end: LinkEnd;
  prepared: PreparedRecommendation;
  /** quoteKey of the wording, for decision keys */
  key: string;
}

const itemsOf = (e: InspectionEvent): Item[] =>
  e.recommendations.map((r) => ({
    end: { inspectionId: e.id, quote: r.quote, sourceId: r.sourceId, index: r.index },
    prepared: prepareRecommendation(r.quote),
    key: quoteKey(r.quote),
  }));

/** The decision on `from` → `to`, keyed as linkKey(from, to). */
const decisionOf = (decisions: LinkDecisions, from: Item, to: Item): boolean | undefined => decisions[`${from.key}>${to.key}`];

/** The earlier items `b` raises again: confirmed ones, else the matcher's best in the nearest
 * earlier inspection with one at or above the threshold (rejected pairs left out). */
function earlierFor(b: Item, earlier: Item[][], decisions: LinkDecisions, threshold: number) {
  const out: Array<{ a: Item; score: number; confirmed: boolean | null }> = [];
  let found = false;
  for (const items of earlier) {
    let best: { a: Item; score: number } | null = null;
    for (const a of items) {
      const decided = decisionOf(decisions, a, b);
      if (decided === false) continue;
      const score = matchScore(a.prepared, b.prepared);
      if (decided === true) out.push({ a, score, confirmed: true });
      else if (!found && score >= threshold && (!best || score > best.score)) best = { a, score };
    }
    if (best) out.push({ ...best, confirmed: null });
    found ||= best !== null;
  }
  return out;
}

/** The link of an earlier recommendation that nothing later raises again. */
function unrepeated(a: Item, later: Item[], decisions: LinkDecisions): RecommendationLink {
  let closest: (LinkEnd & { score: number }) | null = null;
  const rejected: LinkEnd[] = [];
  for (const b of later) {
    if (decisionOf(decisions, a, b) === false) {
      rejected.push(b.end);
      continue;
    }
    const score = matchScore(a.prepared, b.prepared);
    if (!closest || score > closest.score) closest = { ...b.end, score };
  }
  const confirmed = rejected.length ? false : null;
  return { from: a.end, to: null, score: closest?.score ?? 0, confirmed, closest, rejected };
}

/** The links of a history's recommendations (inspections oldest first, as InspectionHistory gives
 * them). `decisions` maps `linkKey(earlier, later)` to the councillor's confirm (true) or reject
 * (false). Quadratic in the recommendations: 12 inspections × 30 is about 65,000 scores. */
export function linkRecommendations(
  inspections: InspectionEvent[],
  decisions: LinkDecisions = {},
  threshold = MATCH_THRESHOLD,
): RecommendationLink[] {
  const items = inspections.map(itemsOf);
  const links: RecommendationLink[] = [];
  const linked = new Set<Item>();
  items.forEach((mine, j) => {
    const earlier = items.slice(0, j).reverse();
    for (const b of mine)
      for (const { a, score, confirmed } of earlierFor(b, earlier, decisions, threshold)) {
        linked.add(a);
        links.push({ from: a.end, to: b.end, score, confirmed, closest: null, rejected: [] });
      }
  });
  items.forEach((mine, i) => {
    const later = items.slice(i + 1).flat();
    if (later.length) for (const a of mine) if (!linked.has(a)) links.push(unrepeated(a, later, decisions));
  });
  return links;
}

/** The earlier recommendations a later one raises again ("raised before: 2016"), from the links. */
export const raisedBefore = (links: RecommendationLink[], to: Pick<LinkEnd, 'inspectionId' | 'sourceId' | 'index'>) =>
  links.filter((l) => l.to && l.to.inspectionId === to.inspectionId && l.to.sourceId === to.sourceId && l.to.index === to.index);
