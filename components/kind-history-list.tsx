import type { KindHistory } from '../lib/compare/kind-histories';
import { ukDate } from '../lib/model/uk-date';

/** Each other kind's own history (an area's SEND outcomes over time), apart from the children's
 * services grades by area: their scales are not the four-point grade. */
export function KindHistoryList({ histories }: { histories: KindHistory[] }) {
  if (histories.length === 0) return null;
  return (
    <>
      {histories.map((h) => (
        <section key={h.kind} class="kind-history" data-kind={h.kind} aria-label={`${h.label}s`}>
          <h3>{h.label}s (their own scale, not part of the grades by area)</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">Inspection</th>
                <th scope="col">Outcome or grades</th>
              </tr>
            </thead>
            <tbody>
              {[...h.entries].reverse().map((e) => (
                <tr key={e.source}>
                  <td>
                    {e.inspectionDates ?? (e.publicationDate && ukDate(e.publicationDate)) ?? 'undated'}
                    {e.previousInspection ? ` (previous: ${e.previousInspection})` : ''}
                  </td>
                  <td>
                    {Object.entries(e.grades)
                      .map(([area, grade]) => (Object.keys(e.grades).length > 1 ? `${area}: ${grade}` : grade))
                      .join('; ') || 'no grade'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
