// Everything the Compare view and the briefing show for one authority, built from lib/compare's
// inspection history, moves and recommendation links, with the councillor's stored decisions.
import { areaMoves } from '../../lib/compare/area-moves';
import { COMPARE_ROWS } from '../../lib/compare/compare-areas';
import type { InspectionHistory, SourceDocument } from '../../lib/compare/inspection-types';
import { buildInspectionHistory } from '../../lib/compare/inspections';
import { monthsApart } from '../../lib/compare/inspection-dates';
import { discussedSpanOf } from '../../lib/compare/source-claims';
import { summariseMoves } from '../../lib/compare/move-summary';
import { linkRecommendations } from '../../lib/compare/recommendation-links';
import { isVisitEvent } from '../../lib/compare/visit-events';
import { inChildrensServicesHistory, otherKindHistories, type KindHistory } from '../../lib/compare/kind-histories';
import { authorityByCode, type Authority } from '../../lib/model/authorities';
import { authorityOfUrn, inHistoryOf } from '../../lib/model/authority-lineage';
import type { LinkDecision } from '../../lib/model/store-schemas';
import type { NeighbourRow } from '../neighbour-list';
import { copiesNote, groupCopies } from '../../lib/model/report-copies';
import { areaBlocks, columnsOf, type AreaBlock, type InspectionColumn } from './history-model';
import { decisionMap, linkViews, raisedBefore, type LinkView } from './link-model';

export interface CompareModel {
  authority: Authority;
  history: InspectionHistory;
  summary: string | null;
  /** the documents the history was read from, in the order of their inspections; a report saved as
   * its web page and its PDF once, with `copiesNote` "saved as PDF and web page" ('' otherwise) */
  /** Each stored document compared: `label` names its own inspection, or (`about`) the inspection a paper,
   * minute or news story speaks of, or "not placed in time". */
  reports: Array<{ id: string; title: string; label: string; about: boolean; copies: string[]; copiesNote: string }>;
  /** the inspection of the report compared from (the open one, or the authority's newest) */
  openInspection: string | null;
  openRecommendations: number;
  /** the authority's own inspections after the one compared from, oldest first (their labels) */
  laterInspections: string[];
  /** oldest first, as the history has them */
  columns: InspectionColumn[];
  blocks: AreaBlock[];
  links: LinkView[];
  raised: Map<string, LinkView[]>;
  notRepeated: LinkView[];
  neighbours: NeighbourRow[];
  /** each other kind's own history for this authority (area SEND outcomes, …), kept out of the grades by area */
  otherKinds: KindHistory[];
}

const LABELS = new Map<string, string>(COMPARE_ROWS);

/** Each statistical neighbour from the lookup, with its latest stored inspection's own grades. */
function neighbourRows(authority: Authority, stored: SourceDocument[]): NeighbourRow[] {
  return authority.neighbours.flatMap((code) => {
    const a = authorityByCode(code);
    if (!a) return [];
    const theirs = stored.filter((d) => authorityOfUrn(d.document.authorityUrn)?.code === a.code);
    const latest = theirs.length
      ? buildInspectionHistory(theirs, { authority: a })
          .inspections.filter((e) => !e.reported && !isVisitEvent(e))
          .at(-1)
      : undefined;
    const grades = Object.entries(latest?.grades ?? {}).map(([key, g]) => ({
      area: LABELS.get(key) ?? key,
      grade: g.grade,
      rank: g.rank,
    }));
    return [{ name: a.name, label: latest?.label ?? null, grades }];
  });
}

/** Labels of the authority's own inspections (not quoted ones, not visits) after `event`. */
function laterThan(history: InspectionHistory, event: InspectionHistory['inspections'][number]): string[] {
  const after = history.inspections.slice(history.inspections.indexOf(event) + 1);
  return after.filter((e) => !e.reported && !isVisitEvent(e)).map((e) => e.label);
}

function reportsOf(history: InspectionHistory, docs: SourceDocument[], authority: Authority): CompareModel['reports'] {
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const label = new Map<string, string>();
  // A report is named by its own inspection (first source of a stored one), not by an earlier
  // inspection it quotes; a paper by the inspection it discusses, else the first it speaks of.
  for (const e of history.inspections) if (!e.reported && e.sources[0]) label.set(e.sources[0], e.label);
  const own = new Set(label.keys());
  const byId = new Map(docs.map((d) => [d.id, d]));
  // A paper that says which inspection it discusses is named by that one, though it quotes older ones too.
  for (const e of history.inspections)
    for (const id of e.sources) {
      const discussed = byId.has(id) ? discussedSpanOf(byId.get(id)!) : null;
      if (!label.has(id) && discussed && e.span && monthsApart(e.span, discussed) <= 2) label.set(id, e.label);
    }
  for (const e of history.inspections) for (const id of e.sources) if (!label.has(id)) label.set(id, e.label);
  // A document whose grades no inspection took is still one of the sources, listed last.
  for (const g of history.unplacedGrades) if (!label.has(g.sourceId)) label.set(g.sourceId, 'not placed in time');
  // So is every other saved document of the authority (a story with no grade): the sources list them all.
  const isOurs = (d: SourceDocument) => {
    const a = authorityOfUrn(d.document.authorityUrn);
    return a !== null && inHistoryOf(authority, a) && inChildrensServicesHistory(d);
  };
  const rest = docs.filter((d) => !label.has(d.id) && isOurs(d));
  for (const d of rest) label.set(d.id, 'not placed in time');
  const ids = [
    ...history.inspections.flatMap((e) => e.sources),
    ...history.unplacedGrades.map((g) => g.sourceId),
    ...rest.map((d) => d.id),
  ];
  const order = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  return groupCopies(order).map((copies) => {
    const id = copies[0]!.id;
    const ids = copies.map((c) => c.id);
    const about = !own.has(id) && label.get(id) !== 'not placed in time';
    return { id, title: titles.get(id) ?? id, label: label.get(id)!, about, copies: ids, copiesNote: copiesNote(ids) };
  });
}

/** The model for comparing `open` (saved or not) with the stored documents; null when its authority is unknown. */
export function buildCompareModel(
  open: SourceDocument,
  stored: SourceDocument[],
  decisions: LinkDecision[],
): CompareModel | null {
  const authority = authorityOfUrn(open.document.authorityUrn);
  if (!authority) return null;
  const docs = [open, ...stored.filter((d) => d.id !== open.id)];
  const history = buildInspectionHistory(docs, { authority });
  const moves = areaMoves(history);
  const columns = columnsOf(history);
  const mine = decisions.filter((d) => d.authority === authority.code);
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const links = linkViews(linkRecommendations(history.inspections, decisionMap(mine)), history, titles);
  // The open report's own inspection, not an earlier one it quotes (that one may list it first among its sources).
  const openEvent =
    history.inspections.find((e) => !e.reported && e.sources[0] === open.id) ??
    history.inspections.find((e) => e.sources.includes(open.id));
  return {
    authority,
    history,
    summary: summariseMoves(moves, history),
    reports: reportsOf(history, docs, authority),
    openInspection: openEvent?.label ?? null,
    openRecommendations: openEvent?.recommendations.length ?? 0,
    laterInspections: openEvent ? laterThan(history, openEvent) : [],
    columns,
    blocks: areaBlocks(moves, columns),
    links,
    raised: openEvent ? raisedBefore(links, openEvent.id) : new Map(),
    notRepeated: links.filter((l) => !l.linked),
    neighbours: neighbourRows(authority, stored),
    otherKinds: otherKindHistories(
      docs.filter((d) => {
        const a = authorityOfUrn(d.document.authorityUrn);
        return a !== null && inHistoryOf(authority, a);
      }),
    ),
  };
}
