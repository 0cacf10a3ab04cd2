import type { Clip } from '../lib/model/store-schemas';

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
            {c.due ? ` · follow up by ${c.due}` : ''} · clipped {c.createdAt.slice(0, 10)}, updated {c.updatedAt.slice(0, 10)}
            {c.tags.length ? ` · ${c.tags.join(', ')}` : ''}
          </p>
          {c.note ? <p>{c.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
