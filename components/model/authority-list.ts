// Stored reports grouped by authority, for the Authorities view and for comparing without an open report.
import { inspectionYearOf } from '../../lib/compare/inspection-dates';
import type { SourceDocument } from '../../lib/compare/inspection-types';
import { familyOf } from '../../lib/compare/framework-family';
import { inChildrensServicesHistory } from '../../lib/compare/kind-histories';
import { isInspectionReport } from '../../lib/compare/source-claims';
import { authorityOfUrn } from '../../lib/model/authority-lineage';
import { copiesNote, groupCopies } from '../../lib/model/report-copies';

export interface AuthorityGroup {
  /** DfE la code, or '' for reports whose authority was not recognised */
  code: string;
  name: string;
  /** newest first; a report saved as its web page and its PDF is one entry (report-copies.ts) */
  reports: Array<{
    id: string;
    title: string;
    year: string | null;
    url: string | null;
    /** the ids of every stored copy, this one first */
    copies: string[];
    /** "saved as PDF and web page", or '' for a report stored once */
    copiesNote: string;
  }>;
}

const byYearDesc = (a: { year: string | null }, b: { year: string | null }) => (b.year ?? '').localeCompare(a.year ?? '');

/** Every authority with stored reports, by name; unrecognised reports last, so they can still be removed. */
export function groupByAuthority(reports: Array<SourceDocument & { urls?: string[] }>): AuthorityGroup[] {
  const groups = new Map<string, AuthorityGroup>();
  for (const copies of groupCopies(reports)) {
    const r = copies[0]!;
    const a = authorityOfUrn(r.document.authorityUrn);
    const code = a?.code ?? '';
    const group = groups.get(code) ?? { code, name: a?.name ?? 'Authority not recognised', reports: [] };
    const ids = copies.map((c) => c.id);
    group.reports.push({
      id: r.id,
      title: r.title,
      year: inspectionYearOf(r),
      url: r.urls?.[0] ?? null,
      copies: ids,
      copiesNote: copiesNote(ids),
    });
    groups.set(code, group);
  }
  for (const g of groups.values()) g.reports.sort(byYearDesc);
  return [...groups.values()].sort((a, b) => (a.code === '' ? 1 : b.code === '' ? -1 : a.name.localeCompare(b.name)));
}

/** 0: Ofsted's report of a children's services inspection (or, stored before kinds were read, a
 * report naming such a framework); 1: another document of that history (visit, paper, review);
 * 2: any other kind (area SEND, school, provider), which "Raised before" has nothing to compare from. */
function compareRank(r: SourceDocument): number {
  const report = isInspectionReport(r);
  if (report === true || (report === null && familyOf(r.document.framework))) return 0;
  return inChildrensServicesHistory(r) ? 1 : 2;
}

/** The stored report to compare from when no report is open: the authority's newest children's
 * services inspection report, else its newest document of that history, else its newest of any kind. */
export function newestOf<T extends SourceDocument>(code: string, reports: T[]): T | null {
  const mine = reports.filter((r) => authorityOfUrn(r.document.authorityUrn)?.code === code);
  const byYear = (a: T, b: T) => (inspectionYearOf(b) ?? '').localeCompare(inspectionYearOf(a) ?? '');
  return mine.sort((a, b) => compareRank(a) - compareRank(b) || byYear(a, b))[0] ?? null;
}

/** The la code of the one authority whose reports are stored (unrecognised reports set aside), or
 * null when there are none or several: with no report open, Compare shows that one authority. */
export function onlyAuthorityOf(reports: SourceDocument[]): string | null {
  const codes = new Set(reports.flatMap((r) => authorityOfUrn(r.document.authorityUrn)?.code ?? []));
  return codes.size === 1 ? [...codes][0]! : null;
}
