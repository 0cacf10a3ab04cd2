// The "My clips" tab: says how many clips are being read (the database counts them at once) until
// the clips and their unsaved edits are read, then the list.
import { ClipsView } from '../../components/clips-view';
import type { Clip } from '../../lib/model/store-schemas';
import type { ClipEdits } from './use-clip-edits';
import type { StoreView } from './use-store';

export function ClipsTab({ store, edits, onOpen }: { store: StoreView; edits: ClipEdits; onOpen: (clip: Clip) => void }) {
  if (!store.clipsLoaded || !edits.drafts)
    return (
      <p class="empty" role="status">
        Reading your {store.clipCount} clips…
      </p>
    );
  return <ClipsView clips={store.clips} reports={store.reports} {...edits} drafts={edits.drafts} onOpen={onOpen} />;
}
