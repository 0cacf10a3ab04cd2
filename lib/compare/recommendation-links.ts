// Recurring recommendations: each later recommendation is linked to the earlier one it raises again
// (its best-scoring match in any earlier inspection, at or above the threshold), and an earlier one
// whose closest later wording reaches the threshold is linked to it, so one pair has one score in
// both lists and nothing above the threshold is "not repeated". One broad
// earlier recommendation can recur as several narrower ones ("the virtual school and personal
// education plans" → two 2018 recommendations). Every earlier recommendation that no later one
// raises again gets a link to null with the closest later wording and its score. The councillor's
// decisions win over the matcher: a confirmed pair is always linked, a rejected one never.
import type { InspectionEvent, LinkDecisions, LinkEnd, RecommendationLink } from './inspection-types';
import { quoteKey, splitDecisions, type DecisionsByWording } from './link-key';
import { candidateIndex, pairScorer, type CandidateIndex, type Scorer } from './link-candidates';
import {
  MATCH_THRESHOLD,
  SCORE_WITHOUT_SHARED_TERMS,
  prepareRecommendation,
  type PreparedRecommendation,
} from './recommendation-matcher';

interface Item {
  end: LinkEnd;
  prepared: PreparedRecommendation;
  /** quoteKey of the wording, for decision keys */
  key: string;
  /** position among all items, and the index of its inspection */
  n: number;
  inspection: number;
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

/** The decision on `from` → `to`, if any. */
const decisionOf = (decided: DecisionsByWording, from: Item, to: Item): boolean | undefined => decided.get(from.key)?.get(to.key);

/** The earlier items `b` raises again: confirmed ones, and the matcher's best-scoring one of any
 * earlier inspection at or above the threshold (rejected pairs left out), best first. */
function earlierFor(b: Item, earlier: Item[], decisions: DecisionsByWording, threshold: number, score: Scorer<Item>) {
  const out: Array<{ a: Item; score: number; confirmed: boolean | null }> = [];
  let best: { a: Item; score: number } | null = null;
  for (const a of earlier) {
    const decided = decisionOf(decisions, a, b);
    if (decided === true) out.push({ a, score: score(a, b), confirmed: true });
    if (decided !== undefined) continue;
    const s = score(a, b);
    if (s >= threshold && (!best || s > best.score)) best = { a, score: s };
  }
  if (best && !out.some((x) => x.a === best.a)) out.push({ ...best, confirmed: null });
  return out;
}

/** The later item `a` is closest to (rejected pairs set aside), with its score; with `linked`
 * only the rejected ones are sought (a linked item needs no closest wording: spares the scores). */
function closestLater(a: Item, later: Item[], decisions: DecisionsByWording, score: Scorer<Item>, linked: boolean) {
  let closest: { b: Item; score: number } | null = null;
  const rejected: LinkEnd[] = [];
  for (const b of later) {
    if (decisionOf(decisions, a, b) === false) rejected.push(b.end);
    else if (!linked && (!closest || score(a, b) > closest.score)) closest = { b, score: score(a, b) };
  }
  return { closest, rejected };
}

/** The earlier (or later) items worth scoring against `item`: those sharing a term, when no pair
 * without one can reach the threshold and the councillor has decided nothing about `item`; else all. */
function against(item: Item, all: Item[][], side: 'earlier' | 'later', index: CandidateIndex<Item> | null, decided: Set<string>) {
  if (index && !decided.has(item.key)) return index.sharing(item, side);
  return (side === 'earlier' ? all.slice(0, item.inspection) : all.slice(item.inspection + 1)).flat();
}

/** The links of a history's recommendations (inspections oldest first, as InspectionHistory gives
 * them). `decisions` maps `linkKey(earlier, later)` to the councillor's confirm (true) or reject
 * (false). One score per pair, whichever list shows it: each later recommendation is linked to its
 * best-scoring earlier one (any earlier inspection); an earlier one not so chosen but whose closest
 * later wording reaches the threshold is linked to that wording, so it is never "not repeated".
 * Only pairs sharing a term are scored (link-candidates.ts); the closest later wording of one not
 * repeated is the closest of those sharing a term, or of all when none does. Quadratic at worst in
 * the recommendations: 12 inspections × 30 is some 60,000 pairs, of which about 12,000 are scored. */
export function linkRecommendations(
  inspections: InspectionEvent[],
  decisionsByKey: LinkDecisions = {},
  threshold = MATCH_THRESHOLD,
): RecommendationLink[] {
  const decisions = splitDecisions(decisionsByKey);
  const items = itemsOf(inspections);
  const all = items.flat();
  const score: Scorer<Item> = pairScorer(all.length);
  const index = SCORE_WITHOUT_SHARED_TERMS < threshold ? candidateIndex(all) : null;
  const decidedFrom = new Set(decisions.keys());
  const decidedTo = new Set([...decisions.values()].flatMap((m) => [...m.keys()]));
  const pairs: Array<{ a: Item; b: Item; score: number; confirmed: boolean | null }> = [];
  for (const b of all)
    for (const found of earlierFor(b, against(b, items, 'earlier', index, decidedTo), decisions, threshold, score))
      pairs.push({ ...found, b });
  // Into each later recommendation, confirmed first, then best first: the view shows the first.
  pairs.sort((x, y) => rank(y) - rank(x));
  const linked = new Set(pairs.map((p) => p.a));
  const near = new Map<Item, ReturnType<typeof closestLater>>();
  for (const a of all) {
    if (a.inspection === items.length - 1) continue;
    if (linked.has(a) && !decidedFrom.has(a.key)) near.set(a, { closest: null, rejected: [] });
    else {
      const sharing = against(a, items, 'later', index, decidedFrom);
      const later = sharing.length || linked.has(a) ? sharing : against(a, items, 'later', null, decidedFrom);
      near.set(a, closestLater(a, later, decisions, score, linked.has(a)));
    }
  }
  const linkOf = (a: Item, b: Item | null, s: number, confirmed: boolean | null): RecommendationLink => ({
    from: a.end,
    to: b?.end ?? null,
    score: s,
    confirmed,
    closest: b ? null : near.get(a)!.closest && { ...near.get(a)!.closest!.b.end, score: s },
    rejected: near.get(a)!.rejected,
  });
  const links = pairs.map((p) => linkOf(p.a, p.b, p.score, p.confirmed));
  for (const [a, { closest, rejected }] of near) {
    if (linked.has(a)) continue;
    if (closest && closest.score >= threshold) links.push(linkOf(a, closest.b, closest.score, null));
    else links.push(linkOf(a, null, closest?.score ?? 0, rejected.length ? false : null));
  }
  return links;
}

const rank = (l: { confirmed: boolean | null; score: number }) => (l.confirmed ? 2 : 0) + l.score;

/** The earlier recommendations a later one raises again ("raised before: 2016"), from the links. */
export const raisedBefore = (links: RecommendationLink[], to: Pick<LinkEnd, 'inspectionId' | 'sourceId' | 'index'>) =>
  links.filter((l) => l.to && l.to.inspectionId === to.inspectionId && l.to.sourceId === to.sourceId && l.to.index === to.index);
