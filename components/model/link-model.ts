// Recurring recommendations for the view: lib/compare's links (the councillor's decisions already
// applied there) with each end named by its source document and inspection.
import type { InspectionHistory, RecommendationLink, LinkEnd as CoreEnd } from '../../lib/compare/inspection-types';
import { linkKey } from '../../lib/compare/link-key';
import type { LinkDecision } from '../../lib/model/store-schemas';

export interface LinkEnd {
  inspectionId: string;
  sourceId: string;
  index: number;
  /** the title of the document it was read from */
  source: string;
  /** the inspection as councillors name it ("Jan 2016") */
  label: string;
  /** the inspection's dates, else its label */
  inspection: string;
  quote: string;
}

export interface LinkView {
  from: LinkEnd;
  /** the later recommendation that raises it again, or (not linked) the closest later wording */
  to: LinkEnd | null;
  score: number;
  /** true when `to` raises it again (matcher or the councillor) */
  linked: boolean;
  /** the councillor confirmed `to` */
  confirmed: boolean;
  /** later wordings the councillor said are not the same */
  rejected: LinkEnd[];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Names the ends of lib/compare's links: `titles` maps a document id to its title. */
export function linkViews(
  links: RecommendationLink[],
  history: InspectionHistory,
  titles: ReadonlyMap<string, string>,
): LinkView[] {
  const events = new Map(history.inspections.map((e) => [e.id, e]));
  // One recommendation is an end of several links (its own, and the closest wording of others).
  const named = new Map<string, LinkEnd>();
  const end = (e: CoreEnd): LinkEnd => {
    const key = `${e.inspectionId}|${e.sourceId}|${e.index}`;
    const known = named.get(key);
    if (known) return known;
    const event = events.get(e.inspectionId);
    const label = event?.label ?? e.inspectionId;
    const out = {
      inspectionId: e.inspectionId,
      sourceId: e.sourceId,
      index: e.index,
      source: titles.get(e.sourceId) ?? e.sourceId,
      label,
      inspection: event?.inspectionDates ?? label,
      quote: oneLine(e.quote),
    };
    named.set(key, out);
    return out;
  };
  return links.map((l) => {
    const to = l.to ?? l.closest;
    return {
      from: end(l.from),
      to: to ? end(to) : null,
      score: l.score,
      linked: l.to !== null,
      confirmed: l.confirmed === true,
      rejected: l.rejected.map(end),
    };
  });
}

/** The store row for the councillor's decision on `from` → `to`, under the authority's la code. */
export function decisionFor(authority: string, from: LinkEnd, to: LinkEnd, decision: LinkDecision['decision']): LinkDecision {
  const side = (e: LinkEnd) => ({ reportId: e.sourceId, inspection: e.inspection, quote: e.quote });
  return {
    id: decisionId(authority, from.quote, to.quote),
    authority,
    from: side(from),
    to: side(to),
    decision,
    decidedAt: new Date().toISOString(),
  };
}

/** The store id of a decision: the authority and lib/compare's key of the two wordings. */
export const decisionId = (authority: string, from: string, to: string) => `${authority}:${linkKey(from, to)}`;

/** Stored decisions in lib/compare's form: linkKey(earlier, later) → confirmed. */
export const decisionMap = (decisions: LinkDecision[]) =>
  Object.fromEntries(decisions.map((d) => [linkKey(d.from.quote, d.to.quote), d.decision === 'confirmed']));

const at = (e: { inspectionId: string; sourceId: string; index: number }) => `${e.inspectionId}|${e.sourceId}|${e.index}`;

/** For each recommendation of inspection `inspectionId`, the chain of earlier links into it, newest
 * first: 2023 ← 2018 ← 2016 gives both the 2018 and the 2016 wording. Keyed by its one-line words. */
export function raisedBefore(links: LinkView[], inspectionId: string): Map<string, LinkView[]> {
  const into = new Map<string, LinkView[]>();
  for (const l of links) if (l.linked && l.to) into.set(at(l.to), [...(into.get(at(l.to)) ?? []), l]);
  const out = new Map<string, LinkView[]>();
  for (const [key, direct] of into) {
    if (!key.startsWith(`${inspectionId}|`)) continue;
    const chain: LinkView[] = [];
    const queue = [...direct];
    while (queue.length > 0) {
      const l = queue.shift()!;
      if (chain.includes(l)) continue;
      chain.push(l);
      queue.push(...(into.get(at(l.from)) ?? []));
    }
    out.set(direct[0]!.to!.quote, chain);
  }
  return out;
}
