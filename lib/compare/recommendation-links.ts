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
  /** position among all items, and the index of its inspection */
  n: number;
  inspection: number;
}

/** Each pair is scored once: the link search and the closest-wording search share the scores. */
type Scorer = (a: Item, b: Item) => number;

function scorer(count: number): Scorer {
  // A typed array (1 MB for 360 recommendations) is far cheaper than a Map here; past 2,000
  // recommendations (32 MB) pairs are simply scored twice.
  if (count > 2000) return (a, b) => matchScore(a.prepared, b.prepared);
  const memo = new Float64Array(count * count).fill(-1);
  return (a, b) => {
    const k = a.n * count + b.n;
    if (memo[k]! < 0) memo[k] = matchScore(a.prepared, b.prepared);
    return memo[k]!;
  };
}

function itemsOf(inspections: InspectionEvent[]): Item[][] {
  let n = 0;
  return inspections.map((e, inspection) =>
    e.recommendations.map((r) => ({
      end: { inspectionId: e.id, quote: r.quote, sourceId: r.sourceId, index: r.index },
      prepared: prepareRecommendation(r.quote),
      key: quoteKey(r.quote),
      n: n++,
      inspection,
    })),
  );
}

/** The decision on `from` → `to`, keyed as linkKey(from, to). */
const decisionOf = (decisions: LinkDecisions, from: Item, to: Item): boolean | undefined => decisions[`${from.key}>${to.key}`];

/** The earlier items `b` raises again: confirmed ones, else the matcher's best in the nearest
 * earlier inspection with one at or above the threshold (rejected pairs left out). */
function earlierFor(b: Item, earlier: Item[][], decisions: LinkDecisions, threshold: number, score: Scorer) {
  const out: Array<{ a: Item; score: number; confirmed: boolean | null }> = [];
  let found = false;
  for (const items of earlier) {
    let best: { a: Item; score: number } | null = null;
    for (const a of items) {
      const decided = decisionOf(decisions, a, b);
      if (decided === true) out.push({ a, score: score(a, b), confirmed: true });
      if (decided !== undefined || found) continue;
      const s = score(a, b);
      if (s >= threshold && (!best || s > best.score)) best = { a, score: s };
    }
    if (best) out.push({ ...best, confirmed: null });
    found ||= best !== null;
  }
  return out;
}

/** The link of an earlier recommendation that nothing later raises again. */
function unrepeated(a: Item, later: Item[], decisions: LinkDecisions, score: Scorer): RecommendationLink {
  let closest: (LinkEnd & { score: number }) | null = null;
  const rejected: LinkEnd[] = [];
  for (const b of later) {
    if (decisionOf(decisions, a, b) === false) {
      rejected.push(b.end);
      continue;
    }
    const s = score(a, b);
    if (!closest || s > closest.score) closest = { ...b.end, score: s };
  }
  const confirmed = rejected.length ? false : null;
  return { from: a.end, to: null, score: closest?.score ?? 0, confirmed, closest, rejected };
}

/** The links of a history's recommendations (inspections oldest first, as InspectionHistory gives
 * them). `decisions` maps `linkKey(earlier, later)` to the councillor's confirm (true) or reject
 * (false). Quadratic in the recommendations (each pair scored at most once): 12 inspections × 30
 * is at most about 65,000 scores. */
export function linkRecommendations(
  inspections: InspectionEvent[],
  decisions: LinkDecisions = {},
  threshold = MATCH_THRESHOLD,
): RecommendationLink[] {
  const items = itemsOf(inspections);
  const score = scorer(items.reduce((n, x) => n + x.length, 0));
  const links: RecommendationLink[] = [];
  const linked = new Set<Item>();
  const anyDecision = Object.keys(decisions).length > 0;
  items.forEach((mine, j) => {
    const earlier = items.slice(0, j).reverse();
    for (const b of mine)
      for (const found of earlierFor(b, earlier, decisions, threshold, score)) {
        const { a, confirmed } = found;
        linked.add(a);
        const later = anyDecision ? items.slice(a.inspection + 1).flat() : [];
        const rejected = later.filter((x) => decisionOf(decisions, a, x) === false).map((x) => x.end);
        links.push({ from: a.end, to: b.end, score: found.score, confirmed, closest: null, rejected });
      }
  });
  items.forEach((mine, i) => {
    const later = items.slice(i + 1).flat();
    if (later.length) for (const a of mine) if (!linked.has(a)) links.push(unrepeated(a, later, decisions, score));
  });
  return links;
}

/** The earlier recommendations a later one raises again ("raised before: 2016"), from the links. */
export const raisedBefore = (links: RecommendationLink[], to: Pick<LinkEnd, 'inspectionId' | 'sourceId' | 'index'>) =>
  links.filter((l) => l.to && l.to.inspectionId === to.inspectionId && l.to.sourceId === to.sourceId && l.to.index === to.index);
