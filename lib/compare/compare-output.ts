// The command line's JSON (DESIGN.md contract of `npm run compare`): per authority, its inspections,
// moves and recommendation links, with each inspection named by its dates.
import { authorityOfUrn, lineageOf } from '../model/authority-lineage';
import { areaMoves } from './area-moves';
import { COMPARE_ROWS } from './compare-areas';
import { buildInspectionHistory } from './inspections';
import type { InspectionEvent, LinkDecisions, SourceDocument } from './inspection-types';
import { linkRecommendations } from './recommendation-links';
import { otherKindHistories } from './kind-histories';
import { VISIT_KINDS } from './visit-events';

/** How the output names an inspection: its dates as written, else its column label. */
const nameOf = (e: InspectionEvent | undefined) => (e ? (e.inspectionDates ?? e.label) : null);

/** Documents grouped by authority; a predecessor's documents join its successor's group when both
 * are present (authority-lineage.ts). Documents with no recognised authority form one group. */
export function groupByAuthority(docs: SourceDocument[]): SourceDocument[][] {
  const codeOf = (d: SourceDocument) => authorityOfUrn(d.document.authorityUrn)?.code ?? '';
  const codes = [...new Set(docs.map(codeOf))];
  const home = (code: string) => codes.find((c) => c !== code && c !== '' && lineageOf(c).has(code)) ?? code;
  const groups = new Map<string, SourceDocument[]>();
  for (const d of docs) groups.set(home(codeOf(d)), [...(groups.get(home(codeOf(d))) ?? []), d]);
  return [...groups.values()];
}

/** One authority's entry of the output. */
export function authorityOutput(all: SourceDocument[], decisions: LinkDecisions = {}) {
  const otherKinds = otherKindHistories(all);
  const authority = authorityOfUrn(all[0]?.document.authorityUrn ?? null);
  // Area SEND outcomes, school and provider grades never enter the children's services history
  // (buildInspectionHistory reads children's services documents only); they have their own.
  const history = buildInspectionHistory(all, authority ? { authority } : {});
  const byId = new Map(history.inspections.map((e) => [e.id, e]));
  return {
    authority: history.authority,
    urn: history.urn,
    inspections: history.inspections.map((e) => ({
      kind: e.kind,
      framework: e.framework,
      inspectionDates: e.inspectionDates,
      publicationDate: e.publicationDate,
      sources: e.sources,
      reported: e.reported,
      grades: Object.fromEntries(COMPARE_ROWS.flatMap(([k]) => (e.grades[k] ? [[k, e.grades[k].grade]] : []))),
    })),
    moves: areaMoves(history).map((m) => ({
      area: m.key,
      inspection: nameOf(byId.get(m.inspectionId)),
      grade: m.grade.grade,
      move: m.move,
      from: m.previous ? { inspection: nameOf(byId.get(m.previous.inspectionId)), grade: m.previous.grade } : null,
      text: m.text,
    })),
    recommendationLinks: linkRecommendations(history.inspections, decisions).map((l) => ({
      from: { inspection: nameOf(byId.get(l.from.inspectionId)), quote: l.from.quote },
      to: l.to ? { inspection: nameOf(byId.get(l.to.inspectionId)), quote: l.to.quote } : null,
      score: Math.round(l.score * 1000) / 1000,
      confirmed: l.confirmed,
    })),
    // Each other kind's own history (an area's SEND outcomes over time, …), and the visits between
    // inspections with their recommendations, only where there are some, so the contract's shape is
    // unchanged for children's services reports alone.
    ...(otherKinds.length > 0 ? { otherKinds } : {}),
    // Grades no inspection could take (no date, framework or inspection discussed), once each.
    ...(history.unplacedGrades.length > 0
      ? {
          unplacedGrades: history.unplacedGrades.map((g) => ({
            area: g.key,
            grade: g.grade,
            source: g.sourceId,
            quote: g.quote,
            ...(g.earlier ? { earlier: true } : {}),
          })),
        }
      : {}),
    ...visitsOutput(history.inspections, all),
  };
}

/** `{ visits: [{ inspection, kind, theme, recommendations: [{ group, quote }] }] }` for the
 * history's visits (VISIT_KINDS), or nothing when it has none. */
function visitsOutput(events: InspectionEvent[], docs: SourceDocument[]) {
  const visits = events.filter((e) => VISIT_KINDS.has(e.kind));
  if (visits.length === 0) return {};
  const groupOf = (sourceId: string, index: number) => docs.find((d) => d.id === sourceId)?.recommendations[index]?.group ?? null;
  return {
    visits: visits.map((e) => ({
      inspection: nameOf(e),
      kind: e.kind,
      theme: e.theme ?? null,
      recommendations: e.recommendations.map((r) => ({ group: groupOf(r.sourceId, r.index), quote: r.quote })),
    })),
  };
}

/** The whole output for a set of documents (any authorities). */
export const compareOutput = (docs: SourceDocument[]) => ({ authorities: groupByAuthority(docs).map((g) => authorityOutput(g)) });
