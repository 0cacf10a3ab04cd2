import type { Clip } from '../lib/model/store-schemas';
import { ClipFollowUp } from './clip-follow-up';
import { HistoryBlocks, InspectionList } from './history-blocks';
import { KindHistoryList } from './kind-history-list';
import type { CompareModel } from './model/compare-model';

interface Props {
  model: CompareModel;
  clips: Clip[];
  /** the reports compared, with the address each was read from */
  sources: Array<{ id: string; title: string; label: string; url: string | null }>;
  printed: string;
}

/** A printable meeting briefing for an authority: what moved, the history, the recommendations that
 * come back (confirmed links marked), the clip follow-up list, and the sources. */
export function AuthorityBriefing({ model, clips, sources, printed }: Props) {
  const a = model.authority;
  const recurring = model.links.filter((l) => l.linked && l.to);
  return (
    <article class="briefing compare">
      <h1>{a.name}: children’s services inspections</h1>
      <p>Meeting briefing printed {printed} from Inspection Lens.</p>
      <h2>What moved</h2>
      <p class="summary">{model.summary ?? 'Only one inspection is stored, so nothing can be compared yet.'}</p>
      <h2>Inspections</h2>
      <InspectionList columns={model.columns} />
      <h2>Grades by area, newest first</h2>
      <HistoryBlocks blocks={model.blocks} columns={model.columns} level={3} />
      {model.otherKinds.length > 0 ? <h2>Other inspections of the area</h2> : null}
      <KindHistoryList histories={model.otherKinds} />
      <h2>Recommendations raised again ({recurring.length})</h2>
      {recurring.length === 0 ? <p>No recommendation of an earlier inspection matches a later one.</p> : null}
      <ol class="recurring">
        {recurring.map((l) => (
          <li key={`${l.from.sourceId}|${l.from.index}`}>
            <p>
              <strong>{l.confirmed ? '✓ Confirmed by the councillor' : `Suggested match (score ${l.score.toFixed(2)})`}</strong>
            </p>
            <p>
              {l.from.label}: “{l.from.quote}” <small>({l.from.source})</small>
            </p>
            <p>
              {l.to!.label}: “{l.to!.quote}” <small>({l.to!.source})</small>
            </p>
          </li>
        ))}
      </ol>
      <h2>Follow-up list ({clips.length})</h2>
      {clips.length === 0 ? <p>Nothing clipped from these reports yet.</p> : null}
      <ClipFollowUp clips={clips} />
      <h2>Sources</h2>
      <ol class="sources">
        {sources.map((s) => (
          <li key={s.id}>
            {s.label}: {s.title}
            {s.url ? (
              <>
                <br />
                <span class="address">{s.url}</span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
