import { TABS, type PanelTab } from './panel-tab-names';

export type { PanelTab };

/** The panel's views as tabs: arrow keys move between them, as the ARIA pattern has it. */
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
    const i = TABS.findIndex(([t]) => t === current);
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    const next = TABS[(i + delta + TABS.length) % TABS.length]![0];
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
