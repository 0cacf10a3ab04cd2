import { TABS, tabForKey, type PanelTab } from './panel-tab-names';

export type { PanelTab };

/** The panel's views as tabs: arrow keys, Home and End move between them, as the ARIA pattern has it. */
export function PanelTabs({
  current,
  onChange,
  clipCount,
}: {
  current: PanelTab;
  onChange: (t: PanelTab) => void;
  clipCount: number;
}) {
  const move = (e: KeyboardEvent) => {
    const next = tabForKey(current, e.key);
    if (!next) return;
    e.preventDefault(); // Home and End would otherwise scroll the panel
    onChange(next);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Inspection Lens" onKeyDown={move}>
      {TABS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={current === id}
          aria-controls={current === id ? `panel-${id}` : undefined}
          tabIndex={current === id ? 0 : -1}
          onClick={() => onChange(id)}
        >
          {id === 'clips' ? `${label} (${clipCount})` : label}
        </button>
      ))}
    </div>
  );
}
