// Everything the Compare view and the briefing show for one authority, built from lib/compare's
// comparison, the stored reports and the councillor's link decisions.
import { compareAuthority, type AuthorityComparison } from '../../lib/compare/authority-compare';
import { COMPARE_ROWS } from '../../lib/compare/compare-areas';
import type { CompareReport } from '../../lib/compare/history';
import { authorityByCode } from '../../lib/model/authorities';
import type { LinkDecision } from '../../lib/storage/schemas';
import type { NeighbourRow } from '../neighbour-list';
import { areaBlocks, columnsOf, type AreaBlock, type InspectionColumn } from './history-model';
import { raisedBefore, recommendationLinks, type LinkView } from './link-model';

export interface CompareModel {
  comparison: AuthorityComparison;
  /** the report compared from (the open one, or the authority's newest) */
  openId: string;
  openRecommendations: number;
  /** oldest first, as the history has them */
  columns: InspectionColumn[];
  blocks: AreaBlock[];
  links: LinkView[];
  raised: Map<string, LinkView[]>;
  notRepeated: LinkView[];
  neighbours: NeighbourRow[];
}

const LABELS = new Map<string, string>(COMPARE_ROWS);

function neighbourRows(c: AuthorityComparison): NeighbourRow[] {
  const stored = new Map(c.neighbours.map((n) => [n.authority, n]));
  return c.authority.neighbours.flatMap((code) => {
    const a = authorityByCode(code);
    if (!a) return [];
    const n = stored.get(a.name);
    const grades = Object.entries(n?.grades ?? {}).map(([key, cell]) => ({
      area: LABELS.get(key) ?? key,
      grade: cell.grade,
      rank: cell.rank,
    }));
    return [{ name: a.name, label: n?.year ?? null, grades }];
  });
}

/** The model for comparing `open` (saved or not) with the stored reports; null when its authority is unknown. */
export function buildCompareModel(open: CompareReport, stored: CompareReport[], decisions: LinkDecision[]): CompareModel | null {
  const comparison = compareAuthority(open, stored);
  if (!comparison) return null;
  const all = new Map([...stored, open].map((r) => [r.id, r]));
  const mine = comparison.reports.map((r) => all.get(r.id)!);
  const titles = new Map(mine.map((r) => [r.id, r.title]));
  const columns = columnsOf(comparison.history, mine);
  const code = comparison.authority.code;
  const links = recommendationLinks(
    code,
    mine,
    decisions.filter((d) => d.authority === code),
  );
  return {
    comparison,
    openId: open.id,
    openRecommendations: open.recommendations.filter((r) => r.source !== 'committee').length,
    columns,
    blocks: areaBlocks(comparison.history, columns, titles),
    links,
    raised: raisedBefore(links, open.id),
    notRepeated: links.filter((l) => !l.linked),
    neighbours: neighbourRows(comparison),
  };
}
