// The "My clips" tab: the newest clips (read first, by index) as soon as they and the unsaved edits
// are read, then every clip; until the newest are read, how many clips are being read.
import { ClipsView } from '../../components/clips-view';
import type { Clip } from '../../lib/model/store-schemas';
import type { ClipEdits } from './use-clip-edits';
import type { StoreView } from './use-store';

export function ClipsTab({ store, edits, onOpen }: { store: StoreView; edits: ClipEdits; onOpen: (clip: Clip) => void }) {
  const clips = store.clipsLoaded ? store.clips : store.newest;
  if (!clips || !edits.drafts)
    return (
      <p class="empty" role="status">
        Reading your {store.clipCount} clips…
      </p>
    );
  return (
    <ClipsView
      clips={clips}
      total={store.clipsLoaded ? undefined : store.clipCount}
      reports={store.reports}
      {...edits}
      drafts={edits.drafts}
      onOpen={onOpen}
    />
  );
}
