// Everything the compare view shows for the authority of the open report, from the stored reports.
import { authorities, type Authority } from '../model/authorities';
import { authorityOfUrn, inHistoryOf } from '../model/authority-lineage';
import { buildHistory, inspectionYearOf, type CompareReport, type History, type HistoryCell } from './history';
import { findRecurring, notRaisedAgain, type EarlierMatch, type Unrepeated } from './recurring';
import { summariseHistory } from './summary';

export interface NeighbourGrades {
  authority: string;
  year: string;
  /** row key → the latest own grade */
  grades: Record<string, HistoryCell>;
}

export interface AuthorityComparison {
  authority: Authority;
  /** the authority's reports (the open one included), oldest first */
  reports: Array<{ id: string; title: string; year: string | null }>;
  history: History;
  summary: string | null;
  /** per recommendation of the open report: where it was raised before */
  recurring: EarlierMatch[][];
  notRaisedAgain: Unrepeated[];
  neighbours: NeighbourGrades[];
}

const authorityOf = (r: CompareReport) => authorityOfUrn(r.document.authorityUrn);

/** The latest inspection's own grades of each statistical neighbour that has a stored report. */
function neighbourGrades(authority: Authority, stored: CompareReport[]): NeighbourGrades[] {
  return authority.neighbours.flatMap((code) => {
    const neighbour = authorities.find((a) => a.code === code);
    const theirs = neighbour ? stored.filter((r) => authorityOf(r)?.code === neighbour.code) : [];
    if (!neighbour || theirs.length === 0) return [];
    const history = buildHistory(theirs);
    const last = history.years.length - 1;
    const grades = Object.fromEntries(
      history.rows.flatMap((row) => (row.cells[last] && !row.cells[last]!.quoted ? [[row.key, row.cells[last]!]] : [])),
    );
    return Object.keys(grades).length ? [{ authority: neighbour.name, year: history.years[last]!, grades }] : [];
  });
}

/** The comparison for `open` (saved or not) against every stored report, or null without an authority. */
export function compareAuthority(open: CompareReport, stored: CompareReport[]): AuthorityComparison | null {
  const authority = authorityOf(open);
  if (!authority) return null;
  const mine = [open, ...stored.filter((r) => r.id !== open.id && authorityOf(r) && inHistoryOf(authority, authorityOf(r)!))];
  const year = inspectionYearOf(open);
  const earlier = mine.filter((r) => r !== open && (inspectionYearOf(r) ?? '9999') < (year ?? '9999'));
  const history = buildHistory(mine);
  const reports = mine
    .map((r) => ({ id: r.id, title: r.title, year: inspectionYearOf(r) }))
    .sort((a, b) => (a.year ?? '').localeCompare(b.year ?? ''));
  return {
    authority,
    reports,
    history,
    summary: summariseHistory(history),
    recurring: findRecurring(open, earlier),
    notRaisedAgain: notRaisedAgain(mine).filter((u) => u.reportId !== open.id),
    neighbours: neighbourGrades(authority, stored),
  };
}
