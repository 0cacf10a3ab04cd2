// The view's reading of lib/compare's inspection history: inspections newest first, labelled as
// councillors name them ("Jan 2023"), and one block per area with each grade's move in words.
import type { AreaMove, InspectionEvent, InspectionHistory } from '../../lib/compare/inspection-types';
import { isVisitEvent } from '../../lib/compare/visit-events';
import { kindLabel } from '../../lib/model/kind-label';

export interface InspectionColumn {
  /** the inspection event's id ("SIF-2016-01") */
  key: string;
  /** "Jan 2023": publication month and year, else the inspection's last month */
  label: string;
  /** "inspected 14 to 25 November 2022", or null when no dates are known */
  dates: string | null;
  framework: string;
  /** only known from later documents, named in `reportedBy` */
  reported: boolean;
  reportedBy: string[];
  /** time on the chart axis, in years (2023.0 is January 2023); null when no date is known, so the
   * inspection is left off the axis rather than placed at a made-up year */
  time: number | null;
  /** a visit between inspections (no grades): its kind in words, theme and recommendations; else null */
  visit: { kind: string; theme: string | null; recommendations: string[] } | null;
}

export interface AreaEntry {
  column: InspectionColumn;
  grade: string;
  rank: number;
  /** "down from good (2018)", "same as good (2018)", or null for the first grade of the area */
  move: string | null;
  moveKind: 'up' | 'down' | 'same' | null;
  /** "reported by <title>" for a grade a later document states */
  reportedBy: string | null;
}

export interface AreaBlock {
  key: string;
  label: string;
  /** newest first */
  entries: AreaEntry[];
}

const PUBLISHED = /^(\d{4})-(\d{2})/;

function timeOf(e: InspectionEvent): number | null {
  const m = PUBLISHED.exec(e.publicationDate ?? '');
  if (m) return Number(m[1]) + (Number(m[2]) - 1) / 12;
  const year = /\d{4}/.exec(e.label)?.[0];
  return e.span ? e.span.to / 12 : year ? Number(year) : null;
}

/** The columns of a history, oldest first (as the history has them). */
export function columnsOf(history: InspectionHistory): InspectionColumn[] {
  return history.inspections.map((e) => ({
    key: e.id,
    label: e.label,
    dates: e.inspectionDates ? `inspected ${e.inspectionDates}` : null,
    framework: e.framework,
    reported: e.reported,
    reportedBy: e.reportedBy,
    time: timeOf(e),
    visit: isVisitEvent(e)
      ? { kind: kindLabel(e.kind).replace(/ \(no grades\)$/, ''), theme: e.theme ?? null, recommendations: e.recommendations.map((r) => r.quote) }
      : null,
  }));
}

/** One block per area (rows in lib/compare's order), each entry with its move as lib/compare words it. */
export function areaBlocks(moves: AreaMove[], columns: InspectionColumn[]): AreaBlock[] {
  const byId = new Map(columns.map((c) => [c.key, c]));
  const blocks = new Map<string, AreaBlock>();
  for (const m of moves) {
    const block = blocks.get(m.key) ?? { key: m.key, label: m.area, entries: [] };
    const [words] = m.text.split('; reported by ');
    block.entries.unshift({
      column: byId.get(m.inspectionId)!,
      grade: m.grade.grade,
      rank: m.grade.rank,
      move: m.move ? words! : null,
      moveKind: m.move,
      reportedBy: m.grade.reported ? `reported by ${m.grade.reportedBy ?? 'a later document'}` : null,
    });
    blocks.set(m.key, block);
  }
  return [...blocks.values()];
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Since Nov 2018: leaders and management down from good to requires improvement; …; overall
 * effectiveness unchanged": the newest inspection's moves against the previous grade of each area.
 * An area whose previous grade is from another inspection gets its own "Since …", so the line never
 * dates a move by an inspection it was not measured from. */
export function summariseMoves(moves: AreaMove[], history: InspectionHistory): string | null {
  // A visit grades nothing: the moves are the newest inspection's.
  const newest = history.inspections.filter((e) => !isVisitEvent(e)).at(-1);
  const mine = moves.filter((m) => m.inspectionId === newest?.id && m.previous && m.move);
  if (mine.length === 0) return null;
  const bySince = new Map<string, AreaMove[]>();
  for (const m of mine) bySince.set(m.previous!.inspectionId, [...(bySince.get(m.previous!.inspectionId) ?? []), m]);
  return [...bySince]
    .map(([id, group]) => sinceLine(history.inspections.find((e) => e.id === id)?.label ?? group[0]!.previous!.label, group))
    .join('. ');
}

function sinceLine(since: string, mine: AreaMove[]): string {
  const moved = mine
    .filter((m) => m.move !== 'same')
    .map((m) => `${lower(m.area)} ${m.move} from ${m.previous!.grade} to ${m.grade.grade}`);
  const same = mine.filter((m) => m.move === 'same').map((m) => lower(m.area));
  return `Since ${since}: ${[...moved, ...(same.length ? [`${same.join(', ')} unchanged`] : [])].join('; ')}`;
}
