import type { ClipRowView } from '../lib/model/clip-query';
import type { Clip, ClipDraft } from '../lib/model/store-schemas';
import { ClipEditor } from './clip-editor';
import { useRowWindow } from './use-row-window';
import { ukDate } from '../lib/model/uk-date';
import { webAddress } from '../lib/storage/addresses';

/** "Open the source": a clip whose report is not saved (removed after clipping, or restored
 * without it) says so, and opens only a web page it came from (its report id is the address). */
function SourceLink({ clip, saved, onOpen }: { clip: Clip; saved: boolean; onOpen: (clip: Clip) => void }) {
  if (!saved && !webAddress(clip.reportId)) return <span>(its report is not saved here, so there is no source to open)</span>;
  return (
    <>
      {saved ? null : '(its report is not saved here) '}
      <button type="button" class="link" onClick={() => onOpen(clip)}>
        {saved ? 'Open the source at this clip' : 'Open its page at this clip'}
      </button>
    </>
  );
}

interface Props {
  rows: ClipRowView[];
  /** the length of the whole list, when `rows` is only its start (the rest still being read) */
  total?: number;
  /** changes with each new search, filter or sort, so the list starts again at its top */
  query: unknown;
  drafts: ReadonlyMap<string, ClipDraft>;
  onDraft: (clipId: string, draft: ClipDraft | null) => void;
  onSave: (clip: Clip, baseUpdatedAt: string) => Promise<Clip>;
  onDelete: (id: string) => void;
  onOpen: (clip: Clip) => void;
}

/** The matching clips with their editors, rendered a screenful at a time (10,000 editors would
 * take seconds): each item says its place in the whole list, and more render on scroll, on Tab
 * into the last items, or from "Show more clips". */
export function ClipList({ rows, total, query, drafts, onDraft, onSave, onDelete, onOpen }: Props) {
  const size = total ?? rows.length;
  const win = useRowWindow(size, query);
  // More may be asked for than is read yet: those render as soon as the rest of the list arrives.
  const rendered = Math.min(win.shown, rows.length);
  const left = size - rendered;
  return (
    <>
      <ul class="clips" onFocusIn={win.onFocusIn}>
        {rows.slice(0, win.shown).map(({ clip, report }, i) => (
          <li key={clip.id} id={`clip-card-${clip.id}`} aria-posinset={i + 1} aria-setsize={size}>
            <blockquote>{clip.anchor.quote.replace(/\s+/g, ' ').trim()}</blockquote>
            <p class="meta">
              {[clip.authority, report?.title, clip.status, clip.due && `follow up by ${ukDate(clip.due)}`]
                .filter(Boolean)
                .join(' · ')}{' '}
              <SourceLink clip={clip} saved={!!report} onOpen={onOpen} />
            </p>
            <ClipEditor
              clip={clip}
              draft={drafts.get(clip.id) ?? null}
              onDraft={(d) => onDraft(clip.id, d)}
              onSave={onSave}
              onDelete={onDelete}
            />
          </li>
        ))}
      </ul>
      {left > 0 && rendered < win.shown ? <p role="status">Reading the rest of your clips…</p> : null}
      {left > 0 && rendered === win.shown ? (
        <p ref={(el) => void (win.sentinel.current = el)}>
          <button type="button" onClick={win.more}>
            Show more clips ({left} not shown yet)
          </button>
        </p>
      ) : null}
    </>
  );
}
