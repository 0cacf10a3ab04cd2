import { discussedLabel, frameworkLabel, isAboutAnInspection } from '../lib/model/describe-finding';
import type { PageReport } from '../lib/messages/contracts';
import { FindingList } from './finding-list';
import { ukDate } from '../lib/model/uk-date';

interface Props {
  page: PageReport;
  saved: boolean;
  clipped: ReadonlySet<number>;
  onSave: () => void;
  onSelect: (position: number) => void;
  onClip: (index: number) => void;
  onShowClip: (id: string) => void;
  /** opens the printable briefing of this report (made from the store, so only once it is saved) */
  onBriefing: () => void;
  /** what the last Save or Clip did, for the live region */
  status?: string | null;
  /** opens the meeting briefing of the report's authority; absent when the authority is unknown */
  onAuthorityBriefing?: () => void;
}

/** What the open report says: identity, judgements, recommendations with Clip, and clips not found. */
export function ReportView(props: Props) {
  const { page, saved, clipped, onSave, onSelect, onClip, onShowClip, onAuthorityBriefing } = props;
  const doc = page.findings!.document;
  // A paper or review has no inspection of its own: it says which inspection it discusses instead.
  const own: Array<[string, string | null]> = isAboutAnInspection(doc)
    ? [['Inspection discussed', discussedLabel(doc)]]
    : [
        ['Framework', frameworkLabel(doc)],
        ['Inspection dates', doc.inspectionDates],
      ];
  const facts: Array<[string, string | null]> = [
    ['Authority', doc.authority],
    ...own,
    ['Published', doc.publicationDate && ukDate(doc.publicationDate)],
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
      {/* aria-disabled, not disabled: the focus stays on a button that has done its work, and the
          briefing's reason is read when it is focused */}
      <div class="actions">
        <button type="button" onClick={() => !saved && onSave()} aria-disabled={saved ? 'true' : undefined}>
          {saved ? 'Saved' : 'Save report'}
        </button>
        <button
          type="button"
          onClick={() => saved && props.onBriefing()}
          aria-disabled={saved ? undefined : 'true'}
          aria-describedby={saved ? undefined : 'briefing-why'}
        >
          Briefing for this report
        </button>
        {onAuthorityBriefing ? (
          <button type="button" onClick={onAuthorityBriefing}>
            Meeting briefing for {doc.authority ?? 'this authority'}
          </button>
        ) : null}
      </div>
      {saved ? null : (
        <p id="briefing-why" class="hint">
          The briefing is printed from the saved report and your clips: save the report first.
        </p>
      )}
      <p role="status" class="ok">
        {props.status ?? ''}
      </p>
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
