import { frameworkLabel } from '../lib/model/describe-finding';
import { isFileName, webAddress } from '../lib/storage/addresses';
import type { Clip, StoredReport } from '../lib/model/store-schemas';
import { firstMentions } from '../lib/model/first-mentions';
import { areaLabel } from '../lib/model/area-label';
import { ClipFollowUp } from './clip-follow-up';
import { GradeChip } from './grade-chip';
import { ukDate } from '../lib/model/uk-date';

/** Where the report was read: its web address as a link, or the file it came from. */
function Source({ url }: { url: string | undefined }) {
  const web = url ? webAddress(url) : null;
  if (web)
    return (
      <p>
        Source: <a href={web}>{web}</a>
      </p>
    );
  if (url && isFileName(url)) return <p>Source: a file on this computer ({url.slice('file:'.length)})</p>;
  return <p>Source: a file on this computer</p>;
}

/** A printable page for a meeting: where the report came from and when this was printed, the report's
 * judgements and recommendations, and the clipped ones with their notes and follow-up. `printed` is
 * the print date as written ("30 November 2026"); each printed page is numbered by briefing.css. */
export function BriefingView({ report, clips, printed }: { report: StoredReport; clips: Clip[]; printed: string }) {
  const doc = report.document;
  const judgements = firstMentions(report.judgements, doc);
  const own = judgements.filter(({ j }) => !j.inspection);
  const earlier = judgements.filter(({ j }) => j.inspection);
  return (
    <article class="briefing">
      <h1>{report.title}</h1>
      <p>
        {[
          doc.authority,
          frameworkLabel(doc),
          doc.inspectionDates && `inspected ${doc.inspectionDates}`,
          doc.publicationDate && `published ${ukDate(doc.publicationDate)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <Source url={report.urls[0]} />
      <p>Meeting briefing printed {printed} from Inspection Lens.</p>
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
          {[...own, ...earlier].map(({ j, section }, i) => (
            <tr key={i}>
              <td>{areaLabel(j, doc.framework, section)}</td>
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
      <ClipFollowUp clips={clips} />
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
