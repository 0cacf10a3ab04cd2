import type { ComponentChildren } from 'preact';
import type { AuthorityGroup } from './model/authority-list';

interface Props {
  groups: AuthorityGroup[];
  onCompare: (code: string) => void;
  onBriefing: (code: string) => void;
  onRemove: (id: string, title: string) => void;
  /** where "Get <authority>'s earlier reports from Ofsted" goes, per authority */
  fetchHistory?: (code: string, name: string) => ComponentChildren;
}

/** Every authority with stored reports: compare it without opening a report, or remove one report. */
export function AuthoritiesView({ groups, onCompare, onBriefing, onRemove, fetchHistory }: Props) {
  return (
    <section aria-labelledby="authorities-title" class="compare">
      <h2 id="authorities-title">Authorities with saved reports ({groups.length})</h2>
      {groups.length === 0 ? <p class="empty">No reports saved yet. Save a report, or add reports in Compare.</p> : null}
      <ul class="authorities">
        {groups.map((g) => (
          <li key={g.code || 'unknown'}>
            <h3 id={`authority-${g.code || 'unknown'}`}>{g.name}</h3>
            {g.code ? (
              <p class="actions">
                <button type="button" onClick={() => onCompare(g.code)} aria-label={`Compare ${g.name}’s inspections`}>
                  Compare
                </button>
                <button type="button" onClick={() => onBriefing(g.code)} aria-label={`Meeting briefing for ${g.name}`}>
                  Meeting briefing
                </button>
              </p>
            ) : null}
            {g.code && fetchHistory ? <div class="fetch-history">{fetchHistory(g.code, g.name)}</div> : null}
            <ul aria-labelledby={`authority-${g.code || 'unknown'}`}>
              {g.reports.map((r) => (
                <li key={r.id}>
                  {r.year ?? 'undated'}: {r.title}{' '}
                  <button type="button" class="link" onClick={() => onRemove(r.id, r.title)} aria-label={`Remove ${r.title}`}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
