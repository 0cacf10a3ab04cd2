import { GradeChip } from './grade-chip';

export interface NeighbourRow {
  name: string;
  /** "Jan 2023" of the latest stored inspection, or null when none is saved */
  label: string | null;
  grades: Array<{ area: string; grade: string; rank: number | null }>;
}

/** Every statistical neighbour from the lookup, by name, with its latest stored grades or "not saved". */
export function NeighbourList({ neighbours, authority }: { neighbours: NeighbourRow[]; authority: string }) {
  return (
    <section aria-labelledby="neighbours-title">
      <h3 id="neighbours-title">Statistical neighbours of {authority}</h3>
      {neighbours.length === 0 ? <p>The lookup lists no statistical neighbours for {authority}.</p> : null}
      <ul class="neighbours">
        {neighbours.map((n) => (
          <li key={n.name}>
            <strong>{n.name}</strong>{' '}
            {n.label ? (
              <>
                <span>({n.label})</span>
                <ul>
                  {n.grades.map((g) => (
                    <li key={g.area}>
                      {g.area}: <GradeChip grade={g.grade} rank={g.rank} framework={null} />
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <span class="not-saved">not saved</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
