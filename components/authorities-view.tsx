import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { AuthorityGroup } from './model/authority-list';

interface Props {
  groups: AuthorityGroup[];
  onCompare: (code: string) => void;
  onBriefing: (code: string) => void;
  /** removes a report: every stored copy of it (its web page and its PDF) */
  onRemove: (ids: string[], title: string) => void;
  /** where "Get <authority>'s earlier reports from Ofsted" goes, per authority */
  fetchHistory?: (code: string, name: string) => ComponentChildren;
}

const copiesWord = (n: number) => (n === 2 ? ' (both copies)' : n > 2 ? ` (all ${n} copies)` : '');

/** Every authority with stored reports: compare it without opening a report, or remove one report. */
export function AuthoritiesView({ groups, onCompare, onBriefing, onRemove: remove, fetchHistory }: Props) {
  const section = useRef<HTMLElement>(null);
  // After a removal the button is gone: focus the Remove of the report now in its place, else the
  // one before, else the heading.
  const removing = useRef<{ id: string; at: number } | null>(null);
  useEffect(() => {
    const r = removing.current;
    if (!r || groups.some((g) => g.reports.some((x) => x.id === r.id)) || !section.current) return;
    removing.current = null;
    const buttons = [...section.current.querySelectorAll<HTMLElement>('button[data-remove]')];
    (buttons[r.at] ?? buttons[r.at - 1] ?? section.current.querySelector<HTMLElement>('#authorities-title'))?.focus();
  }, [groups]);
  const onRemove = (ids: string[], title: string) => {
    const id = ids[0]!;
    removing.current = { id, at: groups.flatMap((g) => g.reports).findIndex((x) => x.id === id) };
    remove(ids, title);
  };
  return (
    <section aria-labelledby="authorities-title" class="compare" ref={section}>
      <h2 id="authorities-title" tabIndex={-1}>
        Authorities with saved reports ({groups.length})
      </h2>
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
                  {r.year ?? 'undated'}: {r.title}
                  {r.copiesNote ? <span class="copies"> ({r.copiesNote})</span> : null}{' '}
                  <button
                    type="button"
                    class="link"
                    data-remove
                    onClick={() => onRemove(r.copies, r.title)}
                    aria-label={`Remove ${r.title}${copiesWord(r.copies.length)}`}
                  >
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
