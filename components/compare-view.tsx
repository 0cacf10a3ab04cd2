import type { AuthorityComparison } from '../lib/compare/authority-compare';
import { COMPARE_ROWS } from '../lib/compare/compare-areas';
import type { Recommendation } from '../lib/model/findings';
import { GradeChip } from './grade-chip';
import { HistoryTable } from './history-table';
import { TimelineChart } from './timeline-chart';

interface Props {
  comparison: AuthorityComparison;
  recommendations: Recommendation[];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The authority's history at a glance: what moved, what keeps coming back, and the neighbours. */
export function CompareView({ comparison: c, recommendations }: Props) {
  const titles = new Map(c.reports.map((r) => [r.id, r.title]));
  const recurring = recommendations.map((r, i) => ({ r, matches: c.recurring[i] ?? [] })).filter((x) => x.matches.length > 0);
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{c.authority.name}: inspections compared</h2>
      <p class="summary">{c.summary ?? 'Save or add an earlier report of this authority to see what moved.'}</p>
      <p>
        {c.reports.length} report{c.reports.length === 1 ? '' : 's'}:{' '}
        {c.reports.map((r) => `${r.year ?? 'undated'} (${r.title})`).join('; ')}
      </p>
      {c.history.years.length > 0 ? <HistoryTable history={c.history} titles={titles} /> : null}
      {c.history.years.length > 1 ? <TimelineChart history={c.history} /> : null}
      <h3>
        Raised before ({recurring.length} of {recommendations.length})
      </h3>
      {recurring.length === 0 ? <p>None of this report’s recommendations matches an earlier one.</p> : null}
      <ul class="recurring">
        {recurring.map(({ r, matches }) => (
          <li key={r.start}>
            {oneLine(r.quote)} <strong>raised before: {matches.map((m) => m.year ?? 'undated').join(', ')}</strong>
            <details>
              <summary>Earlier wording</summary>
              <ul>
                {matches.map((m) => (
                  <li key={`${m.reportId}-${m.index}`}>
                    {m.year}: {oneLine(m.quote)}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      <h3>Not raised again ({c.notRaisedAgain.length})</h3>
      <p>Earlier recommendations with no counterpart in any later report: dealt with, or dropped.</p>
      <ul class="not-raised">
        {c.notRaisedAgain.map((u) => (
          <li key={`${u.reportId}-${u.index}`}>
            {u.year ?? 'undated'}: {oneLine(u.quote)}
          </li>
        ))}
      </ul>
      {c.neighbours.length > 0 ? (
        <table class="neighbours">
          <caption>Statistical neighbours: latest stored grades</caption>
          <thead>
            <tr>
              <th scope="col">Authority</th>
              <th scope="col">Year</th>
              {COMPARE_ROWS.slice(0, 5).map(([, label]) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.neighbours.map((n) => (
              <tr key={n.authority}>
                <th scope="row">{n.authority}</th>
                <td>{n.year}</td>
                {COMPARE_ROWS.slice(0, 5).map(([key]) => (
                  <td key={key}>
                    {n.grades[key] ? <GradeChip grade={n.grades[key].grade} rank={n.grades[key].rank} framework={null} /> : '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
