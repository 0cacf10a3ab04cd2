import { COMPARE_ROWS } from '../lib/compare/compare-areas';
import type { UnplacedGrade } from '../lib/compare/unplaced-grades';
import { GradeChip } from './grade-chip';

const LABELS = new Map<string, string>(COMPARE_ROWS);

/** Grades a saved document states with no date, framework or inspection Compare could place them
 * with: listed once, with where each came from, and kept out of the grades by area and the moves. */
export function UnplacedGradeList({ grades, level = 3 }: { grades: UnplacedGrade[]; level?: 3 | 4 }) {
  if (grades.length === 0) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section class="unplaced-grades" aria-labelledby="unplaced-grades-title">
      <Heading id="unplaced-grades-title">Grades not placed in time ({grades.length})</Heading>
      <p class="hint">
        These documents give a grade without a date or an inspection Compare can tell (an earlier inspection’s grade without
        saying which inspection that was), so it is in no inspection and no move.
      </p>
      <ul>
        {grades.map((g) => (
          <li key={`${g.sourceId}|${g.key}|${g.grade}|${g.quote}`}>
            {LABELS.get(g.key) ?? g.key}
            {g.earlier ? ' at an earlier inspection' : null}: <GradeChip grade={g.grade} rank={g.rank} framework={null} /> from{' '}
            {g.source}: “{g.quote}”
          </li>
        ))}
      </ul>
    </section>
  );
}
