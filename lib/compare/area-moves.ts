// Moves that read right: each area's grade against the previous inspection shown in that row, in words.
import { COMPARE_ROWS, type CompareKey } from './compare-areas';
import { spanOfDateText, yearOfMonth } from './inspection-dates';
import type { AreaGrade, AreaMove, InspectionEvent, InspectionHistory } from './inspection-types';

/** The year a move names an inspection by ("down from good (2018)"): the year its column is labelled
 * with (inspectionLabel: the end of its own dates, else its publication), so a December inspection
 * published in February is "2015" in the move and "Dec 2015" above the column, never 2016. */
function yearOf(e: InspectionEvent): string {
  const span = spanOfDateText(e.inspectionDates) ?? spanOfDateText(e.publicationDate) ?? e.span;
  return span ? String(yearOfMonth(span.to)) : e.label;
}

/** "down from good (2018)", "same as requires improvement (2018)", "first graded"; a reported grade
 * says who reported it, in the text itself (not only a tooltip). */
export function describeMove(grade: AreaGrade, previous: { grade: AreaGrade; year: string } | null): string {
  let text = 'first graded';
  if (previous) {
    const [from, to] = [previous.grade.rank, grade.rank];
    const word = to < from ? 'up from' : to > from ? 'down from' : 'same as';
    text = `${word} ${previous.grade.grade} (${previous.year})`;
  }
  return grade.reported && grade.reportedBy ? `${text}; reported by ${grade.reportedBy}` : text;
}

/** Every graded cell of the history with its move, row by row (rows in COMPARE_ROWS order,
 * inspections oldest first). Rank 3 is one rank whether written adequate or requires improvement. */
export function areaMoves(history: InspectionHistory): AreaMove[] {
  const out: AreaMove[] = [];
  for (const [key, area] of COMPARE_ROWS as Array<[CompareKey, string]>) {
    let previous: { event: InspectionEvent; grade: AreaGrade } | null = null;
    for (const event of history.inspections) {
      const grade = event.grades[key];
      if (!grade) continue;
      const before = previous ? { grade: previous.grade, year: yearOf(previous.event) } : null;
      const move = !previous
        ? null
        : grade.rank < previous.grade.rank
          ? 'up'
          : grade.rank > previous.grade.rank
            ? 'down'
            : 'same';
      out.push({
        key,
        area,
        inspectionId: event.id,
        grade,
        move,
        previous: previous ? { inspectionId: previous.event.id, label: previous.event.label, grade: previous.grade.grade } : null,
        text: describeMove(grade, before),
        // A disagreement is recorded only when it differs from the grade kept (inspections.ts attachQuote).
        disputedBy: event.disagreements
          .filter((d) => d.key === key)
          .map((d) => ({ grade: d.grade.grade, source: d.grade.reportedBy ?? d.grade.sourceId })),
      });
      previous = { event, grade };
    }
  }
  return out;
}
