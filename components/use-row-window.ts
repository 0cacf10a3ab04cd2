// Which rows of a long list to render: a first screenful, then more as the reader nears the end.
// Rows already rendered stay (an editor that is open or focused is never taken away), so every row
// is reached by scrolling, by Tab (focus in the last rows renders the next ones) and by the
// "Show more" button that screen reader users meet at the end of the list.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface RowWindow {
  /** how many rows to render, from the first */
  shown: number;
  /** renders `step` more rows */
  more: () => void;
  /** put on an element just after the last rendered row: in view (or nearly), it renders more */
  sentinel: { current: HTMLElement | null };
  /** for the list's focusin: focus inside one of the last rendered rows renders more */
  onFocusIn: (event: FocusEvent) => void;
}

/** A window over `total` rows that starts again at `first` rows whenever `resetKey` changes (a
 * new search or filter), and grows by `step`. IntersectionObserver where the browser has it. */
export function useRowWindow(total: number, resetKey: unknown, first = 8, step = 16): RowWindow {
  const [state, setState] = useState({ key: resetKey, count: first });
  const count = state.key === resetKey ? state.count : first;
  const shown = Math.min(total, count);
  const more = () => setState({ key: resetKey, count: Math.min(total, count + step) });
  const sentinel = useRef<HTMLElement | null>(null);
  const moreRef = useRef(more);
  moreRef.current = more;
  // Observed again after each growth, so a tall window keeps filling until its end is out of view.
  useEffect(() => {
    const element = sentinel.current;
    if (!element || shown >= total || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && moreRef.current(), {
      rootMargin: '0px 0px 800px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown, total]);
  const onFocusIn = (event: FocusEvent) => {
    const row = (event.target as Element | null)?.closest?.('[aria-posinset]');
    if (row && Number(row.getAttribute('aria-posinset')) > shown - 2) more();
  };
  return { shown, more, sentinel, onFocusIn };
}
