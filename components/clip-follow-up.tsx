import type { Clip } from '../lib/model/store-schemas';
import { ukDate } from '../lib/model/uk-date';

/** The clip follow-up list both briefings print (one report's, an authority's): each clipped
 * passage with its status, follow-up date, when it was clipped and updated, tags and note. */
export function ClipFollowUp({ clips }: { clips: Clip[] }) {
  return (
    <ol class="follow-up">
      {clips.map((c) => (
        <li key={c.id}>
          <blockquote>{c.anchor.quote.replace(/\s+/g, ' ').trim()}</blockquote>
          <p>
            <span class="follow-up-status">
              Follow-up status: <strong>{c.status}</strong>
            </span>
            {c.due ? ` · follow up by ${ukDate(c.due)}` : ''} · clipped {ukDate(c.createdAt)}, updated {ukDate(c.updatedAt)}
            {c.tags.length ? ` · ${c.tags.join(', ')}` : ''}
          </p>
          {c.note ? <p>{c.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
