// The view's reading of lib/compare's history: inspections newest first, labelled as councillors
// name them ("Jan 2023", from the publication date), and one block per area with each grade's move
// from the previous grade shown in that block, in words.
import type { CompareReport, History, HistoryCell, Move } from '../../lib/compare/history';
import { inspectionYearOf } from '../../lib/compare/history';
import { gradeLabel } from '../../lib/model/describe-finding';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface InspectionColumn {
  /** the history's column key (its year) */
  key: string;
  /** "Jan 2023": the month and year the report was published, else the month the inspection ended, else the year */
  label: string;
  /** "inspected 14 to 25 November 2022", or null when only a later document reports it */
  dates: string | null;
  framework: string | null;
  /** only known from a later document quoting it */
  reported: boolean;
  /** time on the axis: years since 2000, with the month as a fraction */
  time: number;
}

export interface AreaEntry {
  column: InspectionColumn;
  grade: string;
  rank: number | null;
  /** "down from good (2018)", "up from inadequate (2016)", "same", or null for the first grade */
  move: string | null;
  moveKind: Move | null;
  /** "reported by <title>" for a grade a later document quotes */
  reportedBy: string | null;
}

export interface AreaBlock {
  key: string;
  label: string;
  /** newest first */
  entries: AreaEntry[];
}

/** "Jan 2023" from "2023-01-13"; null for anything else. */
export function monthYear(iso: string | null): string | null {
  const m = /^(\d{4})-(\d{2})/.exec(iso ?? '');
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : null;
}

const MONTH_NAMES = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+((?:19|20)\d\d)/gi;

/** "2022-11" from "31 October to 11 November 2022": the month the inspection ended, when no
 * publication date was found (the detector finds one on most Ofsted reports, not on every layout). */
export function endMonth(dates: string | null): string | null {
  const last = [...(dates ?? '').matchAll(MONTH_NAMES)].at(-1);
  if (!last) return null;
  const month = MONTHS.findIndex((m) => m.toLowerCase() === last[1]!.toLowerCase()) + 1;
  return `${last[2]}-${String(month).padStart(2, '0')}`;
}

/** The report that speaks for a column: its own inspection in that year, the one with a publication date first. */
function ownReport(year: string, reports: CompareReport[]): CompareReport | null {
  const own = reports.filter((r) => inspectionYearOf(r) === year && r.document.framework);
  return own.find((r) => r.document.publicationDate) ?? own[0] ?? null;
}

/** The columns of a history, oldest first (as the history has them). */
export function columnsOf(history: History, reports: CompareReport[]): InspectionColumn[] {
  return history.years.map((year, i) => {
    const own = history.rows.some((row) => row.cells[i] && !row.cells[i]!.quoted);
    const report = own ? ownReport(year, reports) : null;
    const published = report?.document.publicationDate ?? endMonth(report?.document.inspectionDates ?? null);
    const month = published ? Number(published.slice(5, 7)) - 1 : 6;
    return {
      key: year,
      label: monthYear(published) ?? year,
      dates: report?.document.inspectionDates ? `inspected ${report.document.inspectionDates}` : null,
      framework: report?.document.framework ?? null,
      reported: !own,
      time: (published ? Number(published.slice(0, 4)) : Number(year)) - 2000 + month / 12,
    };
  });
}

const gradeWords = (c: HistoryCell) => gradeLabel(c.grade, null).toLowerCase();

/** The move from `before` to `now` in words: "down from good (2018)", or "same". */
export function moveWords(before: HistoryCell, beforeLabel: string, now: HistoryCell): [Move, string] | null {
  if (before.rank === null || now.rank === null) return null;
  if (before.rank === now.rank) return ['same', 'same'];
  const kind: Move = now.rank < before.rank ? 'up' : 'down';
  return [kind, `${kind} from ${gradeWords(before)} (${beforeLabel})`];
}

/** One block per area, entries newest first, each move measured from the previous grade shown. */
export function areaBlocks(history: History, columns: InspectionColumn[], titles: ReadonlyMap<string, string>): AreaBlock[] {
  return history.rows.map((row) => {
    const entries: AreaEntry[] = [];
    let previous: { cell: HistoryCell; label: string } | null = null;
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      const column = columns[i]!;
      const move = previous ? moveWords(previous.cell, previous.label, cell) : null;
      entries.push({
        column,
        grade: cell.grade,
        rank: cell.rank,
        move: move?.[1] ?? null,
        moveKind: move?.[0] ?? null,
        reportedBy: cell.quoted ? `reported by ${titles.get(cell.reportId) ?? 'a later document'}` : null,
      });
      previous = { cell, label: column.label };
    });
    return { key: row.key, label: row.label, entries: entries.reverse() };
  });
}
