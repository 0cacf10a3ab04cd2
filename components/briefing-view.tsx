import { frameworkLabel } from '../lib/model/describe-finding';
import type { Clip, StoredReport } from '../lib/model/store-schemas';
import { firstMentions } from '../lib/model/first-mentions';
import { GradeChip } from './grade-chip';

/** A printable page for a meeting: the report's judgements and recommendations, and the clipped
 * ones with their notes and follow-up. */
export function BriefingView({ report, clips }: { report: StoredReport; clips: Clip[] }) {
  const doc = report.document;
  const judgements = firstMentions(report.judgements).map(({ j }) => j);
  const own = judgements.filter((j) => !j.inspection);
  const earlier = judgements.filter((j) => j.inspection);
  return (
    <article class="briefing">
      <h1>{report.title}</h1>
      <p>
        {[
          doc.authority,
          frameworkLabel(doc),
          doc.inspectionDates && `inspected ${doc.inspectionDates}`,
          doc.publicationDate && `published ${doc.publicationDate}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <h2>Judgements</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Grade</th>
            <th scope="col">Inspection</th>
          </tr>
        </thead>
        <tbody>
          {[...own, ...earlier].map((j, i) => (
            <tr key={i}>
              <td>{j.area}</td>
              <td>
                <GradeChip grade={j.grade} rank={j.rank} framework={doc.framework} />
              </td>
              <td>{j.inspection ?? 'this inspection'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Clipped for follow-up ({clips.length})</h2>
      {clips.length === 0 ? <p>No clips from this report yet.</p> : null}
      <ol>
        {clips.map((c) => (
          <li key={c.id}>
            <blockquote>{c.anchor.quote.replace(/\s+/g, ' ').trim()}</blockquote>
            <p>
              <strong>{c.status}</strong>
              {c.due ? ` · follow up by ${c.due}` : ''}
              {c.tags.length ? ` · ${c.tags.join(', ')}` : ''}
            </p>
            {c.note ? <p>{c.note}</p> : null}
          </li>
        ))}
      </ol>
      <h2>All recommendations ({report.recommendations.length})</h2>
      <ol>
        {report.recommendations.map((r, i) => (
          <li key={i}>
            {r.deadline ? <em>{r.deadline}: </em> : null}
            {r.quote.replace(/\s+/g, ' ').trim()}
          </li>
        ))}
      </ol>
    </article>
  );
}
