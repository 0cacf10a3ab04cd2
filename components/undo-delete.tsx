import { useEffect, useRef } from 'preact/hooks';
import type { Clip } from '../lib/model/store-schemas';

/** A clip's quote on one line, cut at 60 characters, for status messages. */
export function shortQuote(clip: Clip): string {
  const quote = clip.anchor.quote.replace(/\s+/g, ' ').trim();
  return quote.length > 60 ? `${quote.slice(0, 60)}…` : quote;
}

/** "Deleted the clip" with Undo. Takes the focus lost with the Delete button that went with the
 * clip, but never from anything else (coming back to the tab, for one). */
export function UndoDelete({ clip, onUndo }: { clip: Clip; onUndo: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const focused = button.current?.ownerDocument.activeElement;
    if (!focused || focused === button.current?.ownerDocument.body) button.current?.focus();
  }, [clip]);
  return (
    <p class="undo">
      Deleted the clip “{shortQuote(clip)}”.{' '}
      <button type="button" ref={button} onClick={onUndo}>
        Undo delete
      </button>
    </p>
  );
}
