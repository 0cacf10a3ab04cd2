// Reads what an authority's briefing needs from the store: its comparison (from its newest stored
// report), the clips of its reports, and where each report was read.
import { newestOf } from '../../components/model/authority-list';
import { buildCompareModel, type CompareModel } from '../../components/model/compare-model';
import { authorityByCode } from '../../lib/model/authorities';
import { listLinkDecisions } from '../../lib/storage/link-decisions';
import type { Clip } from '../../lib/model/store-schemas';
import type { LensStore } from '../../lib/storage/store';

export interface AuthorityBriefingData {
  model: CompareModel;
  clips: Clip[];
  sources: Array<{ id: string; title: string; label: string; about: boolean; url: string | null }>;
  printed: string;
}

/** The briefing's data for the authority with DfE la `code`, or a sentence saying why there is none. */
export async function loadAuthorityBriefing(store: LensStore, code: string): Promise<AuthorityBriefingData | string> {
  const authority = authorityByCode(code);
  if (!authority) return `No English authority has the code “${code}”.`;
  const [reports, clips, decisions] = await Promise.all([store.listReports(), store.listClips(), listLinkDecisions(store)]);
  const newest = newestOf(authority.code, reports.rows);
  if (!newest) return `No report of ${authority.name} is saved in Inspection Lens.`;
  const model = buildCompareModel(newest, reports.rows, decisions.rows);
  if (!model) return `${authority.name} could not be compared.`;
  // Every stored copy: a clip made on a report's web page belongs with its PDF's.
  const ids = new Set(model.reports.flatMap((r) => r.copies));
  const byId = new Map(reports.rows.map((r) => [r.id, r]));
  return {
    model,
    clips: clips.rows
      .filter((c) => ids.has(c.reportId))
      .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.createdAt.localeCompare(b.createdAt)),
    sources: model.reports.map((r) => ({ ...r, url: byId.get(r.id)?.urls[0] ?? null })),
    printed: new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
  };
}
