import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../lib/model/store-schemas';

/** After "Undo delete": the clip being restored, and the focus moved to its card once the list
 * shows it again (the Undo button goes away with the message, so focus must land somewhere the
 * reader expects: the clip they brought back). `rows` are the clips listed now.
 * Returns the restored clip (for a "Restored the clip …" status line) and the Undo handler. */
export function useRestoredClip(deleted: Clip | null, rows: readonly unknown[], onUndo: () => void) {
  const [restored, setRestored] = useState<Clip | null>(null);
  const focusPending = useRef(false);
  useEffect(() => {
    if (deleted) setRestored(null); // a newer delete replaces the old message
  }, [deleted]);
  useEffect(() => {
    if (!restored || !focusPending.current) return;
    const card = document.getElementById(`clip-card-${restored.id}`);
    const target = card?.querySelector<HTMLElement>('textarea, input, select, button, a[href]');
    if (!target) return; // not listed yet: try again when the list changes
    focusPending.current = false;
    target.focus();
  }, [restored, rows]);
  const undo = () => {
    focusPending.current = true;
    setRestored(deleted);
    onUndo();
  };
  return { restored, undo };
}
