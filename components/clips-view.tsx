import { useMemo, useState } from 'preact/hooks';
import { clipFacets, filterClips, sortClips, type ClipQuery } from '../lib/model/clip-query';
import { CLIP_STATUSES, type Clip, type ClipDraft, type StoredReport } from '../lib/model/store-schemas';
import { ClipList } from './clip-list';
import { count as countWords } from '../lib/model/count-words';
import { shortQuote, UndoDelete } from './undo-delete';
import { useRestoredClip } from './use-restored-clip';

interface Props {
  /** every clip; or, while the rest are read, only the newest (newest first) with `total` set */
  clips: Clip[];
  /** how many clips are stored, when `clips` holds only the newest of them */
  total?: number;
  reports: ReadonlyMap<string, StoredReport>;
  /** unsaved edits by clip id */
  drafts: ReadonlyMap<string, ClipDraft>;
  onDraft: (clipId: string, draft: ClipDraft | null) => void;
  onSave: (clip: Clip, baseUpdatedAt: string) => Promise<Clip>;
  onDelete: (id: string) => void;
  onOpen: (clip: Clip) => void;
  /** the clip deleted last, while its delete can still be undone */
  deleted: Clip | null;
  onUndo: () => void;
}

/** Every clip across saved reports: search, filter by authority, status and tag, sort, open the source. */
export function ClipsView({ clips, total, reports, drafts, onDraft, onSave, onDelete, onOpen, deleted, onUndo }: Props) {
  const [q, setQ] = useState<ClipQuery>({ text: '', authority: null, status: null, tag: null, sort: 'newest' });
  const facets = useMemo(() => clipFacets(clips), [clips]);
  // Sorted once per list and sort order; a keystroke only filters (one pass over the clips).
  const sorted = useMemo(() => sortClips(clips, q.sort), [clips, q.sort]);
  const rows = useMemo(() => filterClips(sorted, reports, q), [sorted, reports, q]);
  const count = total ?? clips.length;
  const { restored, undo } = useRestoredClip(deleted, rows, onUndo);
  // Only the newest clips are read yet: they answer "all clips, newest first" and nothing else.
  const waiting = total !== undefined && (!!q.text.trim() || !!q.authority || !!q.status || !!q.tag || q.sort !== 'newest');
  const set = (patch: Partial<ClipQuery>) => setQ({ ...q, ...patch });
  const choose = (label: string, value: string | null, options: readonly string[], on: (v: string | null) => void) => (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => on(e.currentTarget.value || null)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="clips-title">
      <h2 id="clips-title">My clips ({count})</h2>
      <div class="filters" role="search">
        <input
          type="search"
          aria-label="Search clips"
          placeholder="Search clips"
          value={q.text}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
        {choose('Authority', q.authority, facets.authorities, (authority) => set({ authority }))}
        {choose('Status', q.status, CLIP_STATUSES, (status) => set({ status: status as ClipQuery['status'] }))}
        {choose('Tag', q.tag, facets.tags, (tag) => set({ tag }))}
        <label>
          Sort{' '}
          <select value={q.sort} onChange={(e) => set({ sort: e.currentTarget.value as ClipQuery['sort'] })}>
            <option value="newest">Newest first</option>
            <option value="document">Document order</option>
          </select>
        </label>
      </div>
      <div role="status">
        {deleted ? (
          <UndoDelete clip={deleted} onUndo={undo} />
        ) : restored ? (
          <p class="undo">Restored the clip “{shortQuote(restored)}”.</p>
        ) : null}
      </div>
      <p aria-live="polite">
        {waiting
          ? `Reading all ${count} clips to search them…`
          : rows.length === clips.length
            ? countWords(count, 'clip')
            : `${rows.length} of ${count} clips match`}
      </p>
      {count === 0 ? (
        <p>No clips yet. Open a report and press Clip beside a recommendation, or select text and press Alt+Shift+C.</p>
      ) : null}
      <ClipList
        rows={waiting ? [] : rows}
        total={waiting ? 0 : total}
        query={q}
        drafts={drafts}
        onDraft={onDraft}
        onSave={onSave}
        onDelete={onDelete}
        onOpen={onOpen}
      />
    </section>
  );
}
