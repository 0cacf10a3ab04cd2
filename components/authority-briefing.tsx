import { storedReportLine } from './compare-view';
import type { Clip } from '../lib/model/store-schemas';
import { ClipFollowUp } from './clip-follow-up';
import { HistoryBlocks, InspectionList } from './history-blocks';
import { KindHistoryList } from './kind-history-list';
import { UnplacedGradeList } from './unplaced-grade-list';
import type { CompareModel } from './model/compare-model';

interface Props {
  model: CompareModel;
  clips: Clip[];
  /** the reports compared, with the address each was read from */
  sources: Array<{ id: string; title: string; label: string; about: boolean; url: string | null }>;
  printed: string;
}

/** Pairs of an earlier recommendation and the later one it was matched to, as printed. */
function RecommendationPairs({ links, listClass }: { links: CompareModel['links']; listClass: string }) {
  return (
    <ol class={listClass}>
      {links.map((l) => (
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
  );
}

/** A printable meeting briefing for an authority: what moved, the history, the recommendations that
 * come back (those the councillor confirmed apart from unchecked suggestions), the clip follow-up
 * list, and the sources. */
export function AuthorityBriefing({ model, clips, sources, printed }: Props) {
  const a = model.authority;
  const recurring = model.links.filter((l) => l.linked && l.to);
  const confirmed = recurring.filter((l) => l.confirmed);
  // Strongest first: a councillor checking suggestions before a meeting starts with the likeliest.
  const suggested = recurring.filter((l) => !l.confirmed).sort((a, b) => b.score - a.score);
  return (
    <article class="briefing compare">
      <h1>{a.name}: children’s services inspections</h1>
      <p>Meeting briefing printed {printed} from Inspection Lens.</p>
      <h2>What moved</h2>
      <p class="summary">{model.summary ?? 'Only one inspection is stored, so nothing can be compared yet.'}</p>
      <h2>Inspections, by the month inspected</h2>
      <InspectionList columns={model.columns} />
      <h2>Grades by area, newest first</h2>
      <HistoryBlocks blocks={model.blocks} columns={model.columns} level={3} />
      <UnplacedGradeList grades={model.history.unplacedGrades} />
      {model.otherKinds.length > 0 ? <h2>Other inspections of the area</h2> : null}
      <KindHistoryList histories={model.otherKinds} />
      <h2>Recommendations raised again, confirmed ({confirmed.length})</h2>
      {confirmed.length === 0 ? <p>No match between recommendations has been confirmed in Compare yet.</p> : null}
      <RecommendationPairs links={confirmed} listClass="recurring" />
      {suggested.length > 0 ? (
        <>
          <h2>Possible repeats to check ({suggested.length})</h2>
          <p>
            These were matched by wording alone and nobody has checked them. Confirm or reject each before relying on it, in
            Compare opened from the later inspection’s report (the second of each pair), where it is listed under “Raised
            before”.
          </p>
          <RecommendationPairs links={suggested} listClass="recurring suggested" />
        </>
      ) : null}
      <h2>Follow-up list ({clips.length})</h2>
      {clips.length === 0 ? <p>Nothing clipped from these reports yet.</p> : null}
      <ClipFollowUp clips={clips} />
      <h2>Sources</h2>
      <ol class="sources">
        {sources.map((s) => (
          <li key={s.id}>
            {storedReportLine(s)}
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
