import type { History, Move } from '../lib/compare/history';
import { GradeChip } from './grade-chip';

const MOVES: Record<Move, string> = { up: '↑ up', down: '↓ down', same: '→ same' };

/** Area × inspection, with the move from the previous inspection in words and an arrow. */
export function HistoryTable({ history, titles }: { history: History; titles: ReadonlyMap<string, string> }) {
  return (
    <table class="history">
      <caption>Grades by area and inspection year (* reported by a later document)</caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          {history.years.map((y) => (
            <th key={y} scope="col">
              {y}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {history.rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, i) => (
              <td key={history.years[i]} data-move={row.moves[i] ?? undefined}>
                {cell ? (
                  <>
                    <GradeChip grade={cell.grade} rank={cell.rank} framework={null} />
                    {cell.quoted ? (
                      <span title={`Reported by ${titles.get(cell.reportId) ?? 'a later document'}`}> *</span>
                    ) : null}
                    {row.moves[i] ? <span class={`move move-${row.moves[i]}`}> {MOVES[row.moves[i]!]}</span> : null}
                  </>
                ) : (
                  <span aria-label="not graded">–</span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
