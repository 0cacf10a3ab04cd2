import { frameworkLabel } from '../lib/model/describe-finding';
import type { PageReport } from '../lib/messages/contracts';
import { FindingList } from './finding-list';

interface Props {
  page: PageReport;
  saved: boolean;
  clipped: ReadonlySet<number>;
  onSave: () => void;
  onSelect: (position: number) => void;
  onClip: (index: number) => void;
  onShowClip: (id: string) => void;
  /** opens the meeting briefing of the report's authority; absent when the authority is unknown */
  onAuthorityBriefing?: () => void;
}

/** What the open report says: identity, judgements, recommendations with Clip, and clips not found. */
export function ReportView({ page, saved, clipped, onSave, onSelect, onClip, onShowClip, onAuthorityBriefing }: Props) {
  const doc = page.findings!.document;
  const facts: Array<[string, string | null]> = [
    ['Authority', doc.authority],
    ['Framework', frameworkLabel(doc)],
    ['Inspection dates', doc.inspectionDates],
    ['Published', doc.publicationDate],
  ];
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{page.title}</h2>
      <dl class="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value ?? 'not stated'}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onSave} disabled={saved}>
        {saved ? 'Saved' : 'Save report'}
      </button>{' '}
      {onAuthorityBriefing ? (
        <button type="button" onClick={onAuthorityBriefing}>
          Meeting briefing for {doc.authority ?? 'this authority'}
        </button>
      ) : null}
      <FindingList findings={page.findings!} located={page.located} onSelect={onSelect} onClip={onClip} clipped={clipped} />
      {page.missingClips.length > 0 ? (
        <div role="note" class="missing">
          <h3>Clips no longer found in this version ({page.missingClips.length})</h3>
          <p>They are kept in My clips with their text; the document has changed where they were.</p>
          <ul>
            {page.missingClips.map((id) => (
              <li key={id}>
                <button type="button" class="link" onClick={() => onShowClip(id)}>
                  Show in My clips
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
