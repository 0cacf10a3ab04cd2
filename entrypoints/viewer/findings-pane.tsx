// The viewer's findings column: "Reading the report…" while the detector reads, then the list.
import { FindingList } from '../../components/finding-list';
import type { ViewerState } from './viewer-session';

interface Props {
  state: ViewerState | null;
  /** a finding chosen in the list (its index in `state.located`) */
  onSelect: (index: number) => void;
}

/** The aside beside the pages; hidden, like the pages, until there are pages to show. */
export function FindingsPane({ state, onSelect }: Props) {
  return (
    <aside class="findings" aria-label="Findings" aria-busy={state?.phase === 'reading'} hidden={!state?.pageCount}>
      {state?.phase === 'reading' ? <p>Reading the report…</p> : null}
      {state?.findings ? <FindingList findings={state.findings} located={state.located} onSelect={onSelect} /> : null}
    </aside>
  );
}
