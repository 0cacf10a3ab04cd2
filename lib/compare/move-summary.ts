// The one line a councillor reads first in Compare and the briefing: what moved at the newest
// inspection, each move dated by the inspection it is measured from and the one it is measured to.
import type { AreaGrade, AreaMove, InspectionEvent, InspectionHistory } from './inspection-types';
import { isVisitEvent } from './visit-events';

/** The ILACS 2018–22 area that later inspections grade as two (FRAMEWORKS.md: ILACS, January 2023). */
const COMBINED_AREA = 'Children in care and care leavers';

interface Entry {
  area: string;
  move: AreaMove['move'];
  from: string;
  to: string;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const sameJudgement = (a: AreaGrade | undefined, b: AreaGrade | undefined) =>
  !!a && !!b && a.sourceId === b.sourceId && a.quote === b.quote;

/** The moves of one pair of inspections in words, with the children in care and care leavers rows
 * read as the one area they are when both inspections grade them in one judgement. */
function entriesOf(group: AreaMove[], from: InspectionEvent | undefined, to: InspectionEvent): Entry[] {
  const combined =
    sameJudgement(to.grades.in_care, to.grades.care_leavers) && sameJudgement(from?.grades.in_care, from?.grades.care_leavers);
  const entries: Entry[] = [];
  for (const m of group) {
    if (combined && m.key === 'care_leavers' && group.some((g) => g.key === 'in_care')) continue;
    const area = combined && m.key === 'in_care' && group.some((g) => g.key === 'care_leavers') ? COMBINED_AREA : m.area;
    entries.push({ area: lower(area), move: m.move, from: m.previous!.grade, to: m.grade.grade });
  }
  return entries;
}

function pairLine(since: string, newest: string, entries: Entry[]): string {
  const moved = entries.filter((e) => e.move !== 'same').map((e) => `${e.area} ${e.move} from ${e.from} to ${e.to}`);
  // Each unchanged area on its own, with its grade: a list joined by commas would read an area
  // named with "and" ("children in care and care leavers") as two.
  const same = entries.filter((e) => e.move === 'same').map((e) => `${e.area} unchanged (${e.to})`);
  return `From ${since} to ${newest}: ${[...moved, ...same].join('; ')}`;
}

/**
 * "From Nov 2018 to Nov 2022: leaders and management down from good to requires improvement; …;
 * overall effectiveness unchanged (requires improvement)": the newest inspection's moves against the
 * previous grade of each area, inspections named by their labels. An area whose previous grade is
 * from another inspection gets its own "From … to …", so the line never dates a move by an
 * inspection it was not measured from. Null when the newest inspection moves nothing.
 */
export function summariseMoves(moves: AreaMove[], history: InspectionHistory): string | null {
  // A visit grades nothing: the moves are the newest inspection's.
  const newest = history.inspections.filter((e) => !isVisitEvent(e)).at(-1);
  const mine = moves.filter((m) => m.inspectionId === newest?.id && m.previous && m.move);
  if (!newest || mine.length === 0) return null;
  const bySince = new Map<string, AreaMove[]>();
  for (const m of mine) bySince.set(m.previous!.inspectionId, [...(bySince.get(m.previous!.inspectionId) ?? []), m]);
  return [...bySince]
    .map(([id, group]) => {
      const from = history.inspections.find((e) => e.id === id);
      return pairLine(from?.label ?? group[0]!.previous!.label, newest.label, entriesOf(group, from, newest));
    })
    .join('. ');
}
